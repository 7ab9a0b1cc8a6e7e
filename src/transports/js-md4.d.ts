// js-md4 ships no type declarations: the one function ntlm-crypto.ts uses.
declare module 'js-md4' {
  const md4: { arrayBuffer(data: ArrayBuffer | Uint8Array | string): ArrayBuffer };
  export default md4;
}
