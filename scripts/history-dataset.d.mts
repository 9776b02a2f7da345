export declare function historyDataset(
  count: number,
  options?: { years?: number; from?: number; seed?: number; eras?: number },
): unknown;
