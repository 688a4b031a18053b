// Shapes of the consultations API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  consultationHistory,
  consultationPage,
  consultationSchema,
  createConsultationBody,
  statsSchema,
  updateConsultationBody,
} from '../../../../src/modules/consultations/consultations.schemas';

export {
  CONSULTATION_TOPICS,
  type ConsultationTopic,
} from '../../../../src/modules/consultations/consultations.codes';

export type Consultation = z.infer<typeof consultationSchema>;
export type ConsultationPage = z.infer<typeof consultationPage>;
export type ConsultationHistory = z.infer<typeof consultationHistory>;
export type ConsultationStats = z.infer<typeof statsSchema>;
export type CreateConsultationPayload = z.input<typeof createConsultationBody>;
export type UpdateConsultationPayload = z.input<typeof updateConsultationBody>;
