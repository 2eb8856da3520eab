import type { Page } from "playwright-core";

/** The editor password the browser tests' apps are started with. */
export const E2E_EDITOR_PASSWORD = "e2e-editor-password";

/** Signs the page's context in as an editor through the sign-in form, then goes to `next`. */
export async function signInAsEditor(page: Page, next = "/", name = "E2E Editor"): Promise<void> {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Editor password").fill(E2E_EDITOR_PASSWORD);
  await page.getByTestId("signin-submit").click();
  await page.getByTestId("editor-status").waitFor();
}
