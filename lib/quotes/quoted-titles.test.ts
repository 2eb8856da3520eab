import { describe, expect, it } from "vitest";
import { findQuotations } from "./index";

const texts = (body: string) => findQuotations(body).map((q) => q.text);

describe("quoted titles and nicknames are not quotations", () => {
  it("programme titles", () => {
    expect(texts("“We are ready,” Mr. Gowdy said on “Face the Nation” on CBS.")).toEqual(["We are ready"]);
    expect(texts("She told NBC’s “Today” that the plan would “change everything for us.”")).toEqual([
      "change everything for us.",
    ]);
    expect(texts("“It is over,” he said in an interview with “Axios on HBO” aired Sunday.")).toEqual([
      "It is over",
    ]);
    expect(
      texts("“We are so far beyond politics,” Schiff said on MSNBC’s “Andrea Mitchell Reports.”"),
    ).toEqual(["We are so far beyond politics"]);
  });

  it("film and book titles", () => {
    expect(texts("Barbee says she played the Disney movie “Strange World” to her class, she said.")).toEqual(
      [],
    );
    expect(
      texts("Hale wrote in his 2007 book, “Promises to Keep”: “I personally am opposed to it,” he added."),
    ).toEqual(["I personally am opposed to it"]);
  });

  it("a nickname inside a name", () => {
    expect(texts("Gov. C.L. “Butch” Otter said he would appeal.")).toEqual([]);
  });

  it("a one-word quote after a sentence is still speech", () => {
    expect(texts("He spoke in Buffalo, New York. “Enough,” Biden said repeatedly.")).toEqual(["Enough"]);
  });

  it("a short lower-case fragment is speech", () => {
    expect(texts("Cruz said the criticism was “silly.”")).toEqual(["silly."]);
  });
});

describe("titles in text split into tokens", () => {
  it("a possessive written apart and an ampersand", () => {
    expect(texts("“It is over,” Schiff said on MSNBC ’s “ Andrea Mitchell Reports. ”")).toEqual([
      "It is over",
    ]);
    expect(texts("“He took that tweet down,” McEnany told “Fox & Friends.”")).toEqual([
      "He took that tweet down",
    ]);
  });
});
