import onnxProto from "onnx-proto";

const {onnx} = onnxProto;

/** What every exported model carries besides its graph nodes. */
export interface OnnxModelInfo {
  /** Model name and version, written to the graph name and metadata_props. */
  name: string;
  version: string;
  /** Feature names in input column order. */
  features: string[];
  /** Input and output tensor names. */
  input: string;
  output: string;
  /** Extra metadata_props entries (string values), e.g. the training seed. */
  metadata?: Record<string, string>;
}

/** ONNX IR and opsets the workbench writes and tests against: IR 8, default opset 15, ai.onnx.ml 3. */
export const IR_VERSION = 8;
export const OPSET = 15;
export const ML_OPSET = 3;

/**
 * Serialises a one-input, one-output ONNX model: input `info.input` float32 [N, features], output
 * `info.output` float32 [N, 1], the given nodes and initializers, IR 8 with opsets ai.onnx 15 and ai.onnx.ml 3.
 * The bytes depend only on the arguments (no timestamps), so the same model gives the same file.
 *
 * @example
 * onnxModel(info, [onnx.NodeProto.create({opType: "Sigmoid", input: ["features"], output: ["score"]})], []);
 */
export function onnxModel(
  info: OnnxModelInfo,
  nodes: onnxProto.onnx.INodeProto[],
  initializers: onnxProto.onnx.ITensorProto[]
): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [
      {domain: "", version: OPSET},
      {domain: "ai.onnx.ml", version: ML_OPSET}
    ],
    producerName: "decision-workbench",
    producerVersion: "1",
    docString: `${info.name} ${info.version}`,
    graph: {
      name: `${info.name}@${info.version}`,
      node: nodes,
      initializer: initializers,
      input: [tensorInfo(info.input, ["N", info.features.length])],
      output: [tensorInfo(info.output, ["N", 1])]
    },
    metadataProps: Object.entries({
      name: info.name,
      version: info.version,
      features: info.features.join(","),
      ...info.metadata
    }).map(([key, value]) => ({key, value}))
  });
  return onnx.ModelProto.encode(model).finish();
}

function tensorInfo(name: string, dims: (string | number)[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: {dim: dims.map((d) => (typeof d === "string" ? {dimParam: d} : {dimValue: d}))}
      }
    }
  };
}
