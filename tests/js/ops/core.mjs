// Basic operations every test area can use.
import { version } from 'graphql';

export function ping() {
  return { graphqlVersion: version };
}
