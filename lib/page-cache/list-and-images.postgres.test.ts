import { describeListAndImageCache } from "./list-and-images.test-suite";

describeListAndImageCache("postgres");
