import { describeStoryUndo } from "./undo-edit.test-suite";

describeStoryUndo("postgres");
