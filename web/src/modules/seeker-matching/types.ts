// Shapes of the seeker's side of matching (recommended positions, likes, automated
// recommendation, recommendations and messages), from the server's zod schemas through type-only
// imports (erased at build).
import type { z } from 'zod';
import type {
  autoRecommendSchema,
  factorScoreSchema,
  likesSchema,
  recommendationSchema,
  recommendedPositionsSchema,
} from '../../../../src/modules/matching/matching.schemas';
import type { myNotificationPage, notificationSchema } from '../../../../src/modules/notifications/notifications.schemas';

/** One factor's points and the reason behind them (`reason` is a catalogue code, `params` fill it in). */
export type FactorScore = z.infer<typeof factorScoreSchema>;

/** 为你推荐: open positions ranked for the seeker, or `enabled: false` when they switched it off. */
export type RecommendedPositions = z.infer<typeof recommendedPositionsSchema>;
export type RecommendedItem = RecommendedPositions['items'][number];

export type AutoRecommend = z.infer<typeof autoRecommendSchema>;
export type Likes = z.infer<typeof likesSchema>;

/** A recommendation (推荐) of the seeker to a position, with the factors as the operator saw them. */
export type Recommendation = z.infer<typeof recommendationSchema>;

export type Notification = z.infer<typeof notificationSchema>;
export type NotificationPage = z.infer<typeof myNotificationPage>;
