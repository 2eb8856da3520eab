/** diff-match-patch tuples: -1 delete (only in `from`), 0 equal, 1 insert (only in `to`). */
export type DiffOp = [-1 | 0 | 1, string];
