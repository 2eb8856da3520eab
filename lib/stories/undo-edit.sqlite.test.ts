import { describeStoryUndo } from "./undo-edit.test-suite";

describeStoryUndo("sqlite");
