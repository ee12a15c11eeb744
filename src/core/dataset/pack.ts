/**
 * Packs a compiled dataset for shipping (see PackedDataset), and checks a loaded one's shape.
 */
import type { CompiledDataset, NameIndex, PackedDataset, PackedIndex } from './compiled';

/** The packed form of `dataset`; deterministic. */
export function packDataset(dataset: CompiledDataset): PackedDataset {
  const { names, short, keys, ...rest } = dataset.index;
  return {
    format: 2,
    asOf: dataset.asOf,
    people: dataset.people.map((person) => JSON.stringify(person)),
    index: { ...rest, names: packIndex(names), short: packIndex(short), keys: packIndex(keys) },
  };
}

function packIndex(index: NameIndex): PackedIndex {
  const keys = Object.keys(index).sort();
  return {
    keys,
    people: keys.map((key) => (index[key]?.length === 1 ? (index[key][0] as number) : (index[key] ?? []))),
  };
}

/** Parses dataset.json; throws a message that says what is wrong when it is not a packed dataset. */
export function parsePackedDataset(text: string): PackedDataset {
  const data = JSON.parse(text) as Partial<PackedDataset> | null;
  if (data?.format !== 2) throw new Error(`dataset.json: expected format 2, found ${String(data?.format)}`);
  const { index } = data;
  for (const name of ['names', 'short', 'keys'] as const) {
    const packed = index?.[name];
    if (!Array.isArray(packed?.keys) || !Array.isArray(packed.people) || packed.keys.length !== packed.people.length)
      throw new Error(`dataset.json: index.${name} is not a packed index`);
  }
  if (!Array.isArray(data.people)) throw new Error('dataset.json: people is not a list');
  return data as PackedDataset;
}
