import type { DirectiveType, FileProblem, RulesConfig, SourceLocation } from '@eslint/core';
import {
  ConfigCommentParser,
  Directive,
  TextSourceCodeBase,
  VisitNodeStep,
} from '@eslint/plugin-kit';

export interface CComment {
  type: 'Line' | 'Block';
  value: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface CTranslationUnit {
  type: 'CTranslationUnit';
  range: [number, number];
  loc: SourceLocation;
  comments: CComment[];
}

const commentParser = new ConfigCommentParser();
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** The source code of a C file as ESLint sees it: text, one root node, and the comments' directives. */
export class CSourceCode extends TextSourceCodeBase {
  override ast: CTranslationUnit;
  readonly comments: CComment[];
  #inlineConfig: CComment[] | undefined;

  constructor({ text, ast }: { text: string; ast: CTranslationUnit }) {
    super({ text, ast });
    this.ast = ast;
    this.comments = ast.comments;
  }

  getInlineConfigNodes(): CComment[] {
    this.#inlineConfig ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfig;
  }

  /** `eslint-disable`, `-enable`, `-disable-line`, `-disable-next-line` in C comments. */
  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({
          ruleId: null,
          message: `${label} comment should not span multiple lines.`,
          loc: comment.loc,
        });
        continue;
      }
      if (
        [
          'eslint-disable',
          'eslint-enable',
          'eslint-disable-next-line',
          'eslint-disable-line',
        ].includes(label)
      ) {
        directives.push(
          new Directive({
            type: label.slice('eslint-'.length) as DirectiveType,
            node: comment,
            value,
            justification,
          }),
        );
      }
    }
    return { problems, directives };
  }

  /** `/* eslint rule: "off" *\/` in a C comment. */
  applyInlineConfig(): {
    problems: FileProblem[];
    configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
  } {
    const problems: FileProblem[] = [];
    const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok)
        configs.push({ config: { rules: result.config as RulesConfig }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { problems, configs };
  }

  /**
   * JavaScript's name for the comments. Presets written without `files`
   * (`@eslint/js` recommended, typescript-eslint's) enable core rules for every
   * file, C included, and some of them (`no-irregular-whitespace`) ask for the
   * comments when they start; they then find no JavaScript node to visit.
   */
  getAllComments(): CComment[] {
    return this.comments;
  }

  override getParent(): undefined {
    return undefined;
  }

  /** The root only: connectlint's rules analyse the whole file at once. */
  override traverse(): Iterable<VisitNodeStep> {
    return [
      new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast] }),
      new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast] }),
    ];
  }
}
