// The steps of `chatsession contract` (contract.ts), printed as they go: each a heading, then what
// Prism found; the session the check created is deleted even when a step fails (unless --keep).
import { ChatSessionNetworkError } from '../errors/network-error.js';
import type { Exchange } from './contract-check.js';
import { stepReport, type StepReport } from './contract-report.js';
import type { Deadline } from './deadline.js';
import type { Io } from './io.js';
import { CREATE_STEP, createdId, DELETE_STEP, LIFECYCLE, MIDDLE_STEPS, type LifecycleStep, type StepContext } from './lifecycle-steps.js';
import { describeNetworkFailure } from './network-failure.js';

export type Exchanger = (step: LifecycleStep, context: StepContext, deadline: Deadline) => Promise<Exchange>;

/** The steps, printed as they go: each a heading, then its findings; a summary line at the end. */
export class LifecycleCheck {
  private number = 0;
  /** Per step that did not conform: `patch: status 500`. */
  private readonly problems: string[] = [];
  private notRun = 0;

  constructor(
    private readonly io: Io,
    private readonly timeoutMs: number,
    private readonly exchange: Exchanger,
  ) {}

  /** Runs the lifecycle; true when every step ran (delete aside, with --keep) and conforms. */
  async run(entity: StepContext['entity'], steps: Deadline, whole: Deadline, keep: boolean): Promise<boolean> {
    const { exchange: created, report } = await this.step(CREATE_STEP, { entity, id: 0 }, steps);
    const id = report.answered ? (createdId(created.result) ?? createdId(report.parsed)) : undefined;
    if (!report.answered) {
      // Sent, and the answer lost (time limit, reset, too large): the server may have saved it.
      const lost = created.response === undefined && created.request !== undefined && !unreachable(created.failure);
      if (lost) this.io.out('  note: if the server saved the chat session anyway, it is still there (its id is unknown)');
      return this.skipRest(`the create step got no ${created.response ? '2xx answer' : 'answer'}`, keep);
    }
    if (id === undefined) {
      this.io.out('  ✗ the saved chat session has no ChatSessionId (a whole number from 1 to 2147483647): the next steps need one, and it cannot be deleted');
      this.problems.push('create: no ChatSessionId');
      return this.skipRest('no ChatSessionId', keep);
    }
    const context = { entity, id };
    let stopped: string | undefined;
    for (const step of MIDDLE_STEPS) {
      if (stopped) this.skip(step, id, stopped);
      else if (!(await this.step(step, context, steps)).report.answered) stopped = `the ${step.name} step got no 2xx answer`;
    }
    if (keep) {
      this.skip(DELETE_STEP, id, `--keep: chat session ${id}, which this check created, is still on the server`, false);
    } else {
      const deleted = (await this.step(DELETE_STEP, context, whole)).report.answered;
      this.io.out(deleted ? `  deleted chat session ${id}, which this check created` : `  ✗ chat session ${id}, which this check created, may still be on the server; delete it with: chatsession delete ${id} --base-url URL`);
    }
    return this.summary(keep);
  }

  private heading(step: LifecycleStep, id: number, rest: string): void {
    this.number += 1;
    this.io.out(`${this.number}/${LIFECYCLE.length} ${step.name}: ${rest || `${step.method} ${step.path(id)}`}`);
  }

  private async step(step: LifecycleStep, context: StepContext, deadline: Deadline): Promise<{ exchange: Exchange; report: StepReport }> {
    this.heading(step, context.id, '');
    const exchange = await this.exchange(step, context, deadline);
    const report = stepReport(exchange, step.promised, this.io.redact, this.timeoutMs);
    this.io.out(report.lines);
    if (!report.conforms) this.problems.push(`${step.name}: ${report.reasons.join(', ')}`);
    return { exchange, report };
  }

  private skip(step: LifecycleStep, id: number, why: string, counts = true): void {
    this.heading(step, id, `not run (${why})`);
    if (counts) this.notRun += 1;
  }

  private skipRest(why: string, keep: boolean): boolean {
    for (const step of [...MIDDLE_STEPS, DELETE_STEP]) this.skip(step, 0, step === DELETE_STEP ? (keep ? '--keep' : 'nothing to delete') : why, step !== DELETE_STEP);
    return this.summary(keep, true);
  }

  private summary(keep: boolean, nothingCreated = false): boolean {
    const conforms = this.problems.length === 0 && this.notRun === 0;
    const ran = this.number - this.notRun - (keep || nothingCreated ? 1 : 0);
    if (conforms) this.io.out(`Result: conforms (${ran} steps${keep ? '; delete not run: --keep' : ''})`);
    else if (ran === 1 && this.problems[0]?.endsWith(': no response')) this.io.out('Result: not checked (no response from the server)');
    else this.io.out(`Result: does not conform (${[...this.problems, ...(this.notRun > 0 ? [`${this.notRun} step${this.notRun === 1 ? '' : 's'} not run`] : [])].join('; ')})`);
    return conforms;
  }
}

/** True when the request never reached the server (refused, DNS, TLS): nothing can have been saved. */
const unreachable = (failure: unknown) => failure instanceof ChatSessionNetworkError && describeNetworkFailure(failure).unreachable;
