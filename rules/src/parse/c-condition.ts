/**
 * A preprocessor condition's value, where the macros it names decide it:
 * `true`, `false`, or `undefined` when it depends on what we do not know.
 * `lookup` says whether a macro is defined (and non-zero) — or does not know.
 * Three-valued: `A || B` is true when either is, false when both are.
 */
export type Lookup = (macro: string) => boolean | undefined;

export function evaluateCondition(
  kind: string,
  condition: string,
  lookup: Lookup,
): boolean | undefined {
  const name = /^[A-Za-z_]\w*/.exec(condition)?.[0] ?? '';
  if (kind === 'ifdef' || kind === 'elifdef') return lookup(name);
  if (kind === 'ifndef' || kind === 'elifndef') return not(lookup(name));
  if (kind === 'else') return true;
  const tokens = condition.match(/[A-Za-z_]\w*|\d\w*|&&|\|\||[!=<>]=|[()!<>]|\S/g) ?? [];
  const parser = new ConditionParser(tokens, lookup);
  const value = parser.or();
  return parser.done() ? value : undefined;
}

function not(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value;
}

/** Three-valued `||` and `&&`: unknown only when the known side does not decide. */
export function or3(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  return a === true || b === true ? true : a === false && b === false ? false : undefined;
}

export function and3(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  return a === false || b === false ? false : a === true && b === true ? true : undefined;
}

/**
 * Whether each branch of a group is the one compiled: its own condition holds
 * and no earlier branch's did (`#else` holds when none did).
 */
export function branchValues(
  branches: readonly { kind: string; condition: string }[],
  lookup: Lookup,
): (boolean | undefined)[] {
  let earlier: boolean | undefined = false;
  return branches.map((branch) => {
    const own = evaluateCondition(branch.kind, branch.condition, lookup);
    const value = and3(not(earlier), own);
    earlier = or3(earlier, own);
    return value;
  });
}

/** Recursive descent over `||`, `&&`, `!`, `defined`, names, numbers and parentheses. */
class ConditionParser {
  private at = 0;
  private failed = false;
  constructor(
    private readonly tokens: string[],
    private readonly lookup: Lookup,
  ) {}

  done(): boolean {
    return !this.failed && this.at === this.tokens.length;
  }

  or(): boolean | undefined {
    let value = this.and();
    while (this.peek() === '||') {
      this.at++;
      const right = this.and();
      value = or3(value, right);
    }
    return value;
  }

  private and(): boolean | undefined {
    let value = this.unary();
    while (this.peek() === '&&') {
      this.at++;
      value = and3(value, this.unary());
    }
    return value;
  }

  private unary(): boolean | undefined {
    if (this.peek() === '!') {
      this.at++;
      return not(this.unary());
    }
    const value = this.primary();
    // `X >= 2`, `X == 1`, `VERSION(1, 2) > 3`: a comparison says nothing we know.
    if (/^([!=<>]=|[<>])$/.test(this.peek() ?? '')) {
      this.at++;
      this.primary();
      return undefined;
    }
    return value;
  }

  private primary(): boolean | undefined {
    const token = this.tokens[this.at++];
    if (token === undefined) {
      this.failed = true;
      return undefined;
    }
    if (token === '(') {
      const value = this.or();
      if (this.tokens[this.at++] !== ')') this.failed = true;
      return value;
    }
    if (token === 'defined') {
      const parenthesized = this.peek() === '(';
      if (parenthesized) this.at++;
      const name = this.tokens[this.at++] ?? '';
      if (parenthesized && this.tokens[this.at++] !== ')') this.failed = true;
      return this.lookup(name);
    }
    if (/^\d/.test(token))
      return /^0+[uUlL]*$/.test(token) ? false : /^\d+[uUlL]*$/.test(token) ? true : undefined;
    if (/^[A-Za-z_]/.test(token)) {
      // A function-like macro's call: its value is unknown.
      if (this.peek() === '(') {
        this.skipParentheses();
        return undefined;
      }
      // A bare name in `#if` is its value: an undefined name is 0; a platform's
      // own macros (`__linux__`, `HOST_OS_LINUX`) are defined as 1.
      return this.lookup(token);
    }
    this.failed = true;
    return undefined;
  }

  private skipParentheses(): void {
    let depth = 0;
    do {
      const token = this.tokens[this.at++];
      if (token === undefined) return;
      if (token === '(') depth++;
      else if (token === ')') depth--;
    } while (depth > 0);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }
}
