// What kind of GPU a product name and brand describe. Pure.

// Data-centre GPUs by model (Tesla-branded or not): ECC is expected on, MIG where supported.
const DATA_CENTRE = /\b(tesla|[abhl]\d{1,3}[a-z]?(?:-\w+)?|gh\d{3}|gb\d{3}|b\d{3}|t4|v100s?|p100|p40|p4|k80|k40|m60|m40|m10|a800|h800|h20)\b/i;

/** A data-centre class GPU (Tesla, A100, H100/H200, L40S, T4, V100...). */
export function isDataCentreGpu(productName: string, productBrand: string | null): boolean {
  const brand = (productBrand ?? '').toLowerCase();
  if (brand === 'tesla') return true;
  const name = productName.replace(/^NVIDIA\s+/i, '');
  if (/geforce|quadro|titan|rtx|nvs|gtx/i.test(name)) return false;
  return DATA_CENTRE.test(name);
}
