/** The static CEL type of a finite spec type. */
import { BOOL, INT, joinTypes, STRING, type CelT } from '../../cel/closure/index.js';
import type { FiniteType } from './finite-type.js';

/** The static type of a finite spec type. */
export function celTypeOf(t: FiniteType): CelT {
  switch (t.kind) {
    case 'bool':
      return BOOL;
    case 'int':
      return INT;
    case 'enum':
      return STRING;
    case 'record': {
      const r = t as unknown as { fields: ReadonlyMap<string, FiniteType> };
      return {
        k: 'record',
        fields: new Map([...r.fields].map(([n, ft]) => [n, celTypeOf(ft)])),
        partial: false,
      };
    }
    case 'set':
    case 'seq':
      return { k: 'list', elem: celTypeOf((t as unknown as { elem: FiniteType }).elem) };
    case 'function': {
      const f = t as unknown as { dom: FiniteType; range: FiniteType };
      return { k: 'map', key: celTypeOf(f.dom), val: celTypeOf(f.range) };
    }
    case 'union': {
      const alts = (t as unknown as { alternatives: FiniteType[] }).alternatives.map(celTypeOf);
      return joinTypes(alts);
    }
  }
}
