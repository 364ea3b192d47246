import { builder } from '../builder';
import './stats';

/** The executable GraphQL schema: every type registers itself on import. */
export const schema = builder.toSchema({ sortSchema: false });
