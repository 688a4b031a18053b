import type { LiveCounters, LiveSession, LiveStatus, QuestionStatus, RunSheetItem, StreamEventType } from '../types';

/** A question as the feed shows it, built from `question`, `answer` and `question_hidden` events. */
export type FeedQuestion = {
  id: string;
  askerName: string;
  text: string;
  positionId: string | null;
  status: QuestionStatus;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
};

export type LiveState = {
  session: LiveSession | null;
  /** Newest first. */
  questions: FeedQuestion[];
  /** Id of the last stored event received: sent back on reconnect so nothing is missed or repeated. */
  lastEventId: string | null;
};

export const INITIAL_LIVE_STATE: LiveState = { session: null, questions: [], lastEventId: null };

// A phone keeps the recent conversation, not an evening's worth of questions.
const MAX_QUESTIONS = 200;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function questionId(data: Json): string | null {
  return text(data.id) ?? text(data.questionId);
}

function toFeedQuestion(data: Json, previous?: FeedQuestion): FeedQuestion | null {
  const id = questionId(data);
  if (!id) return null;
  const position = isRecord(data.position) ? text(data.position.id) : null;
  return {
    id,
    askerName: text(data.askerName) ?? previous?.askerName ?? '',
    text: text(data.text) ?? previous?.text ?? '',
    positionId: text(data.positionId) ?? position ?? previous?.positionId ?? null,
    status: (text(data.status) as QuestionStatus | null) ?? previous?.status ?? 'open',
    answer: text(data.answer) ?? previous?.answer ?? null,
    answeredAt: text(data.answeredAt) ?? previous?.answeredAt ?? null,
    createdAt: text(data.createdAt) ?? previous?.createdAt ?? new Date().toISOString(),
  };
}

function upsertQuestion(questions: FeedQuestion[], data: Json, answered: boolean): FeedQuestion[] {
  const id = questionId(data);
  const previous = questions.find((q) => q.id === id);
  const next = toFeedQuestion(data, previous);
  if (!next) return questions;
  const merged = answered && next.status === 'open' ? { ...next, status: 'answered_text' as const } : next;
  if (previous) return questions.map((q) => (q.id === merged.id ? merged : q));
  return [merged, ...questions].slice(0, MAX_QUESTIONS);
}

function withSession(state: LiveState, change: (session: LiveSession) => LiveSession): LiveState {
  return state.session ? { ...state, session: change(state.session) } : state;
}

function replaceItem(items: RunSheetItem[], item: RunSheetItem): RunSheetItem[] {
  return items.some((i) => i.id === item.id) ? items.map((i) => (i.id === item.id ? item : i)) : [...items, item];
}

function asCounters(data: Json): LiveCounters | null {
  const { viewers, applications, questions } = data;
  if (typeof viewers !== 'number' || typeof applications !== 'number' || typeof questions !== 'number') return null;
  return { viewers, applications, questions };
}

/**
 * The viewer's state after one event of the stream. Pure: replaying the same events after a
 * reconnect (snapshot first, then what was missed) ends in the same state as never dropping.
 */
export function applyLiveEvent(state: LiveState, type: StreamEventType, data: unknown, eventId: string | null): LiveState {
  const next = eventId ? { ...state, lastEventId: eventId } : state;
  if (!isRecord(data)) return next;
  switch (type) {
    case 'snapshot': {
      if (!isRecord(data.session)) return next;
      // Events replayed after a reconnect's snapshot are upserts, so they land on these questions unchanged.
      const questions = Array.isArray(data.questions)
        ? data.questions
            .filter(isRecord)
            .map((q) => toFeedQuestion(q))
            .filter((q): q is FeedQuestion => q !== null)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        : next.questions;
      return { ...next, session: data.session as LiveSession, questions };
    }
    case 'status': {
      const status = text(data.status) as LiveStatus | null;
      if (!status) return next;
      return withSession(next, (s) => ({ ...s, status, onAirItemId: status === 'live' ? s.onAirItemId : null }));
    }
    case 'on_air': {
      if (!isRecord(data.item)) return next;
      const item = data.item as RunSheetItem;
      return withSession(next, (s) => ({ ...s, onAirItemId: item.id, items: replaceItem(s.items, item) }));
    }
    case 'off_air': {
      const itemId = text(data.itemId);
      return withSession(next, (s) => ({ ...s, onAirItemId: itemId === null || s.onAirItemId === itemId ? null : s.onAirItemId }));
    }
    case 'question':
      return { ...next, questions: upsertQuestion(next.questions, data, false) };
    case 'answer':
      return { ...next, questions: upsertQuestion(next.questions, data, true) };
    case 'question_hidden': {
      const id = questionId(data);
      return { ...next, questions: next.questions.filter((q) => q.id !== id) };
    }
    case 'counters': {
      const counters = asCounters(data);
      return counters ? withSession(next, (s) => ({ ...s, counters })) : next;
    }
  }
}

/** The run-sheet item on air now, if any. */
export function onAirItem(session: LiveSession | null): RunSheetItem | null {
  if (!session?.onAirItemId) return null;
  return session.items.find((item) => item.id === session.onAirItemId) ?? null;
}
