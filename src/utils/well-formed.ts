// Whether a string is well-formed UTF-16 (no lone surrogate). A lone surrogate has no UTF-8 form:
// encodeURIComponent throws URIError on it, so a path or query value holding one must be refused
// as bad input before anything is built. (String.prototype.isWellFormed is not in every supported browser.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);
