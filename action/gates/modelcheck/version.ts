/** The version of the built-in model checker, part of every cache key. */
export const MODELCHECK_VERSION = '1.2.0';
