// Spectral ruleset for the spec: the OAS recommended rules plus rules of ours that keep the spec
// usable by Google's clients (AIP-193 errors, `@type` on every Any, the standard query parameters on
// every method) and by Prism's mock (examples).
import { oas } from "@stoplight/spectral-rulesets";
import { schema } from "@stoplight/spectral-functions";
import errorEnvelope from "./functions/error-envelope.mjs";
import anyHasType from "./functions/any-has-type.mjs";
import hasExample from "./functions/has-example.mjs";
import standardParameters from "./functions/standard-parameters.mjs";
import operationInfo from "./functions/operation-info.mjs";
import unusedComponent from "./functions/unused-component.mjs";

const OPERATIONS = "$.paths[*][get,put,post,delete,patch]";

export default {
  extends: [[oas, "recommended"]],
  rules: {
    // Replaced by unused-component, which also counts the schemas x-operation-info names.
    "oas3-unused-component": "off",
    "unused-component": {
      description: "Every component is used: by a $ref, or (schemas) as a type an x-operation-info names.",
      message: "{{error}}",
      severity: "warn",
      given: "$",
      then: { function: unusedComponent },
    },
    "operation-info": {
      description:
        "Every method that answers an Operation, other than those of the operations collection itself, says what its operation is (x-operation-info, AIP-151), with types that resolve.",
      message: "{{error}}",
      severity: "error",
      given: OPERATIONS,
      resolved: false,
      then: { function: operationInfo },
    },
    "operation-error-envelope": {
      description: "Every operation documents its errors (a default and 4xx responses) with the AIP-193 envelope.",
      message: "{{error}}",
      severity: "error",
      given: OPERATIONS,
      then: { field: "responses", function: errorEnvelope },
    },
    "example-any-has-type": {
      description: "Every Any in an example (metadata, response, details[]) carries `@type`; Google's clients fail without it.",
      message: "{{error}}",
      severity: "error",
      given: ["$..examples[*].value", "$..example"],
      then: { function: anyHasType },
    },
    "schema-any-requires-type": {
      description: "A schema that declares `@type` must require it.",
      message: "Schema declares @type but does not require it.",
      severity: "error",
      given: "$.components.schemas[?(@.properties && @.properties['@type'])]",
      then: {
        field: "required",
        function: schema,
        functionOptions: { schema: { type: "array", contains: { const: "@type" } } },
      },
    },
    "response-has-example": {
      description: "Every response body has an example, so Prism's mock answers with realistic data.",
      message: "{{error}}",
      severity: "error",
      given: "$.paths[*][*].responses[*].content[*]",
      then: { function: hasExample },
    },
    "operation-standard-parameters": {
      description: "Every operation carries Google's standard query parameters, the `components/parameters/Std*` refs.",
      message: "{{error}}",
      severity: "error",
      given: "$.paths[*]",
      then: { function: standardParameters },
    },
    "operation-operationId-camel-case": {
      description: "operationIds are stable lowerCamelCase identifiers (they name generated types).",
      message: "operationId must be lowerCamelCase.",
      severity: "error",
      given: `${OPERATIONS}.operationId`,
      then: { function: schema, functionOptions: { schema: { type: "string", pattern: "^[a-z][A-Za-z0-9]*$" } } },
    },
  },
};
