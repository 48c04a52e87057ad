import type { Label } from '../../label.js';
import type { Task, TaskTimeframe } from '../../plan.js';

/**
 * One assignment of a plan's text ("Cơ quan tham mưu, thực hiện", "Tổ chức thực hiện"), as read: who it
 * names, what it asks, and when, if the text says.
 */
export interface Assignment {
  readonly id: string;
  /** The clause it is read from, e.g. `V.1` or `III.2.3.b`. */
  readonly clause: string;
  /** The task's section; the clause when absent. */
  readonly section?: string;
  readonly title: Label;
  readonly lead: string;
  readonly coLeads?: readonly string[];
  readonly partners?: readonly string[];
  readonly submittedTo?: string;
  readonly deliverable?: string;
  /** The time frame the text states; absent when it states none (then the plan's reading is used and flagged). */
  readonly timeframe?: TaskTimeframe;
  /** True when the text names no lead ("chủ trì") among the bodies it charges. */
  readonly leadUnstated?: boolean;
  /** The original phrase (it occurs literally in the seed). */
  readonly phrase: string;
  readonly note?: string;
}

/** The time frame of an assignment whose text states none, in a plan that states no period of its own. */
const NO_TIME_FRAME: TaskTimeframe = { kind: 'text', text: 'Không nêu thời hạn' };

/** How a plan reads the parts its text leaves unsaid. */
export interface AssignmentContext {
  readonly document: string;
  readonly seed: string;
  /** The time frame given to an assignment whose text states none: the plan's own period, if it states one. */
  readonly unstatedFrame?: TaskTimeframe;
  /** Why that time frame (said in the citation's note). */
  readonly unstatedFrameNote: string;
}

const LEAD_NOTE =
  'No lead ("chủ trì") is named: lead is the body the clause is addressed to (or the first it lists), co-leads the others it charges alike, each within its own functions (unstated: lead).';

/**
 * Builds the tasks of one plan from its assignments: a time frame or lead the text does not state is
 * flagged in `unstated` and explained in the citation's note, never filled in silently.
 */
export const assignments =
  (context: AssignmentContext) =>
  (a: Assignment): Task => {
    const unstated = [...(a.leadUnstated === true ? (['lead'] as const) : []), ...(a.timeframe === undefined ? (['timeframe'] as const) : [])];
    const note = [a.note, a.leadUnstated === true ? LEAD_NOTE : undefined, a.timeframe === undefined ? context.unstatedFrameNote : undefined]
      .filter((part): part is string => part !== undefined)
      .join(' ');
    return {
      id: a.id,
      section: a.section ?? a.clause,
      title: a.title,
      lead: a.lead,
      ...(a.coLeads === undefined ? {} : { coLeads: [...a.coLeads] }),
      partners: [...(a.partners ?? [])],
      ...(a.submittedTo === undefined ? {} : { submittedTo: a.submittedTo }),
      ...(a.deliverable === undefined ? {} : { deliverable: a.deliverable }),
      timeframe: a.timeframe ?? context.unstatedFrame ?? NO_TIME_FRAME,
      ...(unstated.length === 0 ? {} : { unstated }),
      source: {
        document: context.document,
        clause: a.clause,
        phrase: a.phrase,
        seed: context.seed,
        ...(note === '' ? {} : { note }),
      },
    };
  };
