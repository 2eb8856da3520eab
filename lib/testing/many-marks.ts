/**
 * Sends the API an article made of `count` quotation marks in one paragraph: the shape that once made the
 * quotation finder quadratic and froze the server (the browser test and bench:analysis-load send it).
 */
export function postManyMarks(origin: string, token: string, count: number): Promise<Response> {
  return fetch(`${origin}/api/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: `An article of ${count} quotation marks`,
      outlet: "Load Test Gazette",
      text: `Opening sentence of article ${count}.\n\n${'"a" '.repeat(count / 2)}`,
    }),
  });
}
