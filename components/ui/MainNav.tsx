import { getEditor } from "@/lib/auth";
import { NavLink } from "./NavLink";

/**
 * The header's main navigation. Readers get the stories; the editor's pages (adding articles, feeds) are listed
 * only for a signed-in editor, since nobody else can use them.
 */
export async function MainNav() {
  const editor = await getEditor();
  return (
    <nav aria-label="Main">
      <ul className="flex items-center gap-1">
        <li>
          <NavLink href="/" match={["/stories", "/articles"]} exact>
            Stories
          </NavLink>
        </li>
        {editor ? (
          <>
            <li>
              <NavLink href="/ingest" match="prefix">
                Add article
              </NavLink>
            </li>
            <li>
              <NavLink href="/feeds" match="prefix">
                Feeds
              </NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
