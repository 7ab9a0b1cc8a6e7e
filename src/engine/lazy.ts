// Packages that a command may never need, loaded the first time they are used (the one place that
// does so: YAML, XML, glob, JSON Schema and SQLite packages all load through it). `yaml` and
// `fast-xml-parser` cost 40-50 ms each as ES modules (dozens of files), which a local scan of a
// host without kubelet, libvirt or an NVIDIA GPU would pay for nothing; their CommonJS builds,
// required on first use, are one file (fast-xml-parser: 11 ms) and load only when there is
// something to parse. The callers' parsing stays synchronous.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter for a package, required on the first call and then cached by Node. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const fastXml = lazyPackage<typeof import('fast-xml-parser')>('fast-xml-parser');
export const yamlPackage = lazyPackage<typeof import('yaml')>('yaml');
export const picomatchPackage = lazyPackage<typeof import('picomatch')>('picomatch');

/** One parser per options object, built on first use (a parser is reusable across documents). */
export function lazyXmlParser(options: import('fast-xml-parser').X2jOptions): () => import('fast-xml-parser').XMLParser {
  let parser: import('fast-xml-parser').XMLParser | undefined;
  return () => (parser ??= new (fastXml().XMLParser)(options));
}
