/// <reference types="node" />
import { type Node, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

/** A place in a file as editors count it: line and column from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Turns character offsets into lines and columns (a line break is \n, \r\n or \r). */
export function lineColumns(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The JSON text's tree, or where and why it is not JSON. */
export function readJsonTree(text: string): { tree: Node } | { error: string; offset: number } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [first] = errors;
  if (first || !tree) {
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    return { error: code, offset: first?.offset ?? 0 };
  }
  return { tree };
}

/**
 * Where a dataset path points in the JSON text: the value at the path, or the nearest
 * ancestor that exists (a missing field is reported at its object).
 */
export function offsetOfPath(tree: Node, keys: readonly (string | number)[]): number {
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, keys.slice(0, n) as (string | number)[]);
    if (node) return node.offset;
  }
  return tree.offset;
}

/** Where each cell of a CSV text starts: offsets by record, then by field. */
export function csvCellOffsets(text: string, delimiter: string): number[][] {
  const records: number[][] = [[0]];
  let quoted = false;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === d) records[records.length - 1]!.push(i + 1);
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      records.push([i + 1]);
    }
  }
  return records;
}
