import { NextResponse } from "next/server";
import { z } from "zod";
import { getEditor } from "@/lib/auth";
import { findStoryChoices } from "@/lib/views";
import { storyIdFromAddress } from "../edit-state";
import { parseId } from "../../../_lib/params";

const querySchema = z.string().trim().min(2).max(200);

/**
 * GET /stories/<id>/story-choices?q=words: the stories an editor may move an article of this story to, or merge
 * into it, found by the words of their title (or a pasted address). Signed-in editors only; reads only.
 */
export async function GET(request: Request, { params }: RouteContext<"/stories/[id]/story-choices">) {
  const noStore = { "Cache-Control": "private, no-store" };
  if (!(await getEditor()))
    return NextResponse.json(
      { error: "Sign in as an editor to search stories here." },
      { status: 401, headers: noStore },
    );
  const id = parseId((await params).id);
  const q = querySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  if (!id || !q.success) return NextResponse.json({ stories: [] }, { headers: noStore });
  const stories = await findStoryChoices(storyIdFromAddress(q.data) ?? q.data, id);
  return NextResponse.json({ stories }, { headers: noStore });
}
