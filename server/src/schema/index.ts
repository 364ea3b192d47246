import { builder } from '../builder';
import './scalars';
import './entity';
import './relation';
import './source';
import './subgraph';
import './path';
import './search';
import './stats';
import './timeline';

/** The executable GraphQL schema: every type registers itself on import. */
export const schema = builder.toSchema({ sortSchema: false });
