// Module resolution hooks for without-packages.mjs.
let hidden = [];

export function initialize(packages) {
  hidden = packages;
}

export async function resolve(specifier, context, nextResolve) {
  const name = hidden.find((p) => specifier === p || specifier.startsWith(`${p}/`));
  if (name) {
    const error = new Error(`Cannot find package '${name}' imported from ${context.parentURL}`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return nextResolve(specifier, context);
}
