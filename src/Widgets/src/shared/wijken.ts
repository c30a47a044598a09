// The list of districts that <sn-agenda> and <sn-uitvraag> offer. The operation is in agenda/agenda.graphql (its
// persisted-document id is derived from that file); the build generates agenda.graphql.ts with its id.
export { WidgetWijken as WIJKEN } from '../agenda/agenda.graphql.js';

export interface WijkenAntwoord {
  wijken: { slug: string; naam: string }[];
}
