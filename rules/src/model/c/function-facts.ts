import { matchQueries } from '../../parse/queries.js';
import type { ParserBackend, QueryMatch, SyntaxNode } from '../../parse/syntax.js';

/** A function's declarations, returns, stores and labels, from one query over its body. */
export interface FunctionFacts {
  locals: Set<string>;
  returned: SyntaxNode[];
  /** By name: every value stored into it, and whether by its declaration. */
  stores: Map<string, { value: SyntaxNode; declaration: boolean }[]>;
  /** By label: the labeled statement. */
  labels: Map<string, SyntaxNode>;
}

export function functionFacts(
  backend: ParserBackend,
  params: readonly string[],
  body: SyntaxNode,
  language = 'c',
): FunctionFacts {
  const matches = matchQueries(backend, language, ['function-facts'], body).get('function-facts');
  return factsFromMatches(params, matches ?? []);
}

/** The facts from the matches of `function-facts.scm` over one body (run alone or with another query). */
export function factsFromMatches(
  params: readonly string[],
  matches: readonly QueryMatch[],
): FunctionFacts {
  const facts: FunctionFacts = {
    locals: new Set(params.filter((name) => name !== '')),
    returned: [],
    stores: new Map(),
    labels: new Map(),
  };
  const addStore = (name: string, value: SyntaxNode, declaration: boolean) => {
    const list = facts.stores.get(name) ?? [];
    list.push({ value, declaration });
    facts.stores.set(name, list);
  };
  for (const match of matches) {
    const capture = (name: string) => match.captures.find((c) => c.name === name)?.node;
    const local = capture('local');
    if (local) facts.locals.add(local.text);
    const returned = capture('returned');
    if (returned) facts.returned.push(returned);
    const storeName = capture('store.name') ?? capture('init.name');
    const storeValue = capture('store.value') ?? capture('init.value');
    if (storeName && storeValue) addStore(storeName.text, storeValue, !!capture('init.name'));
    const label = capture('label');
    const labeled = capture('labeled');
    if (label && labeled) facts.labels.set(label.text, labeled);
  }
  return facts;
}
