// The kinds of SIAE the API Recherche d'entreprises gives in `complements.type_siae` (taken from
// the inclusion platform's list of structures) → actor type and approval. Our reading: the API
// documents the field, not its values; EITI (independent work) and others with no type of their
// own in the typology are left to the legal-form classification.
import type { ActorTypeId, ApprovalId } from './ids.js';

export const SIAE_KINDS: Readonly<Record<string, { type: ActorTypeId; approval: ApprovalId }>> = {
  ACI: { type: 'aci', approval: 'aci' },
  AI: { type: 'ai', approval: 'ai' },
  EI: { type: 'ei', approval: 'ei' },
  ETTI: { type: 'etti', approval: 'etti' },
  GEIQ: { type: 'geiq', approval: 'geiq' },
  EA: { type: 'entreprise-adaptee', approval: 'ea' },
  EATT: { type: 'entreprise-adaptee', approval: 'ea' },
};
