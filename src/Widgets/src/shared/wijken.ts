// The list of wijken that <sn-agenda> and <sn-uitvraag> offer. The operation is in wijken.graphql; the build
// generates wijken.graphql.ts with its persisted-document id.
export { WidgetWijken as WIJKEN } from './wijken.graphql.js';

export interface WijkenAntwoord {
  wijken: { slug: string; naam: string }[];
}
