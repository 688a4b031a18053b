// Shapes of live recruitment (网络直播带岗), from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  applyResultSchema,
  countersSchema,
  createSessionBody,
  liveSessionSchema,
  publicLiveSessionSchema,
  questionSchema,
  replaySchema,
  runSheetItemSchema,
  sessionApplicationSchema,
  updateSessionBody,
} from '../../../../src/modules/live/live.schemas';

// Types only: the schemas file imports zod, which must not enter the bundle.
export type { LiveStatus, QuestionStatus } from '../../../../src/modules/live/live.schemas';

export type LiveCounters = z.infer<typeof countersSchema>;
/** 串词单 item: a featured position in the session's order. */
export type RunSheetItem = z.infer<typeof runSheetItemSchema>;
export type RunSheetPosition = RunSheetItem['position'];
/** A session as the console sees it (`canManage`: the caller may run it). */
export type ConsoleLiveSession = z.infer<typeof liveSessionSchema>;
/** A session as anyone sees it; the console's shape has `canManage` too. */
export type LiveSession = z.infer<typeof publicLiveSessionSchema> & { canManage?: boolean };
export type LiveSessionList = { items: LiveSession[] };
export type ConsoleLiveSessionPage = { items: ConsoleLiveSession[]; total: number; page: number; pageSize: number };
export type LivePhase = 'upcoming' | 'live' | 'past';

export type CreateLiveSessionPayload = z.input<typeof createSessionBody>;
export type UpdateLiveSessionPayload = z.input<typeof updateSessionBody>;

export type LiveQuestion = z.infer<typeof questionSchema>;
export type LiveQuestionList = { items: LiveQuestion[] };
export type LiveApplyResult = z.infer<typeof applyResultSchema>;
export type LiveApplication = z.infer<typeof sessionApplicationSchema>;
export type LiveApplicationList = { items: LiveApplication[] };
export type LiveReplay = z.infer<typeof replaySchema>;
export type ReplayItem = LiveReplay['items'][number];

/** The events of a session's SSE stream (`GET /api/live-sessions/:id/events`): stored ones plus snapshot and counters. */
export const STREAM_EVENT_TYPES = ['snapshot', 'status', 'on_air', 'off_air', 'question', 'answer', 'question_hidden', 'counters'] as const;
export type StreamEventType = (typeof STREAM_EVENT_TYPES)[number];
