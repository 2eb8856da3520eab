import { Notice } from "@/components/ui/Notice";
import type { DemoNoticeText } from "./demo-notice";

/** A demo notice (see demo-notice.ts), or nothing for real news. */
export function DemoNotice({ notice, className }: { notice: DemoNoticeText | null; className?: string }) {
  if (!notice) return null;
  return (
    <div data-testid="demo-notice" className={className}>
      <Notice tone="warn" title={notice.title} className="max-w-none">
        {notice.body}
      </Notice>
    </div>
  );
}
