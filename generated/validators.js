// GENERATED FILE: do not edit. Made by `npm run generate` (ajv standalone) from spec/automl-v1beta1-operations.yaml.
/* eslint-disable */
"use strict";
export const validateOperation = validate21;
const schema32 = {"type":"object","description":"google.longrunning.Operation. While not `done`, neither `error` nor `response` is set; once\n`done`, at most one of them is (AIP-151).\n","properties":{"name":{"type":"string","description":"The resource name, `projects/{project}/locations/{location}/operations/{operation}`.","pattern":"^projects/[^/]+/locations/[^/]+/operations/[^/]+$"},"metadata":{"$ref":"#/components/schemas/OperationMetadata"},"done":{"type":"boolean","description":"True once the operation has finished. Often absent while false (proto3 JSON omits defaults)."},"error":{"$ref":"#/components/schemas/Status"},"response":{"$ref":"#/components/schemas/Any"}},"not":{"description":"Never both an error and a response.","required":["error","response"]},"if":{"required":["done"],"properties":{"done":{"const":true}}},"else":{"description":"An operation that is not done has neither an error nor a response.","not":{"anyOf":[{"required":["error"]},{"required":["response"]}]}}};
const schema35 = {"type":"object","description":"google.protobuf.Any in proto3 JSON: the message's own fields plus `@type`, a type URL such as\n`type.googleapis.com/google.rpc.ErrorInfo`. Google's clients cannot parse an Any without `@type`.\n","required":["@type"],"properties":{"@type":{"type":"string","description":"The type URL; its last segment is the full name of the message.","pattern":"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"}},"additionalProperties":true};
const pattern4 = new RegExp("^projects/[^/]+/locations/[^/]+/operations/[^/]+$", "");
const pattern5 = new RegExp("^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", "");
const schema33 = {"type":"object","description":"google.cloud.automl.v1beta1.OperationMetadata, the `metadata` of every AutoML operation. At most\none of the `…Details` members is set; it names the kind of work.\n","required":["@type"],"properties":{"@type":{"type":"string","const":"type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata"},"progressPercent":{"type":"integer","format":"int32","minimum":0,"maximum":100},"partialFailures":{"type":"array","maxItems":20,"items":{"$ref":"#/components/schemas/Status"}},"createTime":{"$ref":"#/components/schemas/Timestamp"},"updateTime":{"$ref":"#/components/schemas/Timestamp"},"deleteDetails":{"$ref":"#/components/schemas/EmptyDetails"},"deployModelDetails":{"$ref":"#/components/schemas/EmptyDetails"},"undeployModelDetails":{"$ref":"#/components/schemas/EmptyDetails"},"createModelDetails":{"$ref":"#/components/schemas/EmptyDetails"},"importDataDetails":{"$ref":"#/components/schemas/EmptyDetails"},"batchPredictDetails":{"$ref":"#/components/schemas/BatchPredictOperationMetadata"},"exportDataDetails":{"$ref":"#/components/schemas/ExportDataOperationMetadata"},"exportModelDetails":{"$ref":"#/components/schemas/ExportModelOperationMetadata"},"exportEvaluatedExamplesDetails":{"$ref":"#/components/schemas/ExportEvaluatedExamplesOperationMetadata"}}};
const schema36 = {"type":"string","format":"date-time","description":"google.protobuf.Timestamp in proto3 JSON, RFC 3339 in UTC with `Z` and up to nine fractional digits.","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"};
const schema38 = {"type":"object","description":"Details of an operation kind that carries none (delete, deploy, undeploy, create model, import data)."};
const schema43 = {"type":"object","properties":{"inputConfig":{"type":"object","description":"google.cloud.automl.v1beta1.BatchPredictInputConfig, as given to batchPredict.","properties":{"gcsSource":{"type":"object","properties":{"inputUris":{"type":"array","items":{"type":"string"}}}},"bigquerySource":{"type":"object","properties":{"inputUri":{"type":"string"}}}}},"outputInfo":{"type":"object","properties":{"gcsOutputDirectory":{"type":"string"},"bigqueryOutputDataset":{"type":"string"}}}}};
const schema44 = {"type":"object","properties":{"outputInfo":{"type":"object","properties":{"gcsOutputDirectory":{"type":"string"},"bigqueryOutputDataset":{"type":"string"}}}}};
const schema45 = {"type":"object","properties":{"outputInfo":{"type":"object","properties":{"gcsOutputDirectory":{"type":"string"}}}}};
const schema46 = {"type":"object","properties":{"outputInfo":{"type":"object","properties":{"bigqueryOutputDataset":{"type":"string"}}}}};
const schema34 = {"type":"object","description":"google.rpc.Status, the error of a finished operation (and of partial failures).","properties":{"code":{"type":"integer","format":"int32","description":"A google.rpc.Code value (0 OK … 16 UNAUTHENTICATED).","minimum":0,"maximum":16},"message":{"type":"string","description":"A developer-facing message in English."},"details":{"type":"array","description":"Error details; each an Any such as google.rpc.ErrorInfo or RetryInfo. Unknown types must be tolerated.","items":{"$ref":"#/components/schemas/Any"}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code !== undefined){
let data0 = data.code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 16 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.details !== undefined){
let data2 = data.details;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["@type"] === undefined){
const err4 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/components/schemas/Any/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3["@type"] !== undefined){
let data4 = data3["@type"];
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err5 = {instancePath:instancePath+"/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/pattern",keyword:"pattern",params:{pattern: "^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/components/schemas/Any/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};

const pattern6 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$", "");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@type"] !== undefined){
let data0 = data["@type"];
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" !== data0){
const err2 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/const",keyword:"const",params:{allowedValue: "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.progressPercent !== undefined){
let data1 = data.progressPercent;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.partialFailures !== undefined){
let data2 = data.partialFailures;
if(Array.isArray(data2)){
if(data2.length > 20){
const err6 = {instancePath:instancePath+"/partialFailures",schemaPath:"#/properties/partialFailures/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/partialFailures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/partialFailures",schemaPath:"#/properties/partialFailures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.createTime !== undefined){
let data4 = data.createTime;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err8 = {instancePath:instancePath+"/createTime",schemaPath:"#/components/schemas/Timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/createTime",schemaPath:"#/components/schemas/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.updateTime !== undefined){
let data5 = data.updateTime;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err10 = {instancePath:instancePath+"/updateTime",schemaPath:"#/components/schemas/Timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/updateTime",schemaPath:"#/components/schemas/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.deleteDetails !== undefined){
let data6 = data.deleteDetails;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err12 = {instancePath:instancePath+"/deleteDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.deployModelDetails !== undefined){
let data7 = data.deployModelDetails;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err13 = {instancePath:instancePath+"/deployModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.undeployModelDetails !== undefined){
let data8 = data.undeployModelDetails;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err14 = {instancePath:instancePath+"/undeployModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.createModelDetails !== undefined){
let data9 = data.createModelDetails;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err15 = {instancePath:instancePath+"/createModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.importDataDetails !== undefined){
let data10 = data.importDataDetails;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err16 = {instancePath:instancePath+"/importDataDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.batchPredictDetails !== undefined){
let data11 = data.batchPredictDetails;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.inputConfig !== undefined){
let data12 = data11.inputConfig;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.gcsSource !== undefined){
let data13 = data12.gcsSource;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.inputUris !== undefined){
let data14 = data13.inputUris;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(typeof data14[i1] !== "string"){
const err17 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource/inputUris/" + i1,schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/properties/inputUris/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource/inputUris",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/properties/inputUris/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data12.bigquerySource !== undefined){
let data16 = data12.bigquerySource;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.inputUri !== undefined){
if(typeof data16.inputUri !== "string"){
const err20 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/bigquerySource/inputUri",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/bigquerySource/properties/inputUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/bigquerySource",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/bigquerySource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/batchPredictDetails/inputConfig",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.outputInfo !== undefined){
let data18 = data11.outputInfo;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.gcsOutputDirectory !== undefined){
if(typeof data18.gcsOutputDirectory !== "string"){
const err23 = {instancePath:instancePath+"/batchPredictDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data18.bigqueryOutputDataset !== undefined){
if(typeof data18.bigqueryOutputDataset !== "string"){
const err24 = {instancePath:instancePath+"/batchPredictDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/batchPredictDetails/outputInfo",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/batchPredictDetails",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.exportDataDetails !== undefined){
let data21 = data.exportDataDetails;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.outputInfo !== undefined){
let data22 = data21.outputInfo;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.gcsOutputDirectory !== undefined){
if(typeof data22.gcsOutputDirectory !== "string"){
const err27 = {instancePath:instancePath+"/exportDataDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.bigqueryOutputDataset !== undefined){
if(typeof data22.bigqueryOutputDataset !== "string"){
const err28 = {instancePath:instancePath+"/exportDataDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/exportDataDetails/outputInfo",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/exportDataDetails",schemaPath:"#/components/schemas/ExportDataOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.exportModelDetails !== undefined){
let data25 = data.exportModelDetails;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.outputInfo !== undefined){
let data26 = data25.outputInfo;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.gcsOutputDirectory !== undefined){
if(typeof data26.gcsOutputDirectory !== "string"){
const err31 = {instancePath:instancePath+"/exportModelDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/ExportModelOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/exportModelDetails/outputInfo",schemaPath:"#/components/schemas/ExportModelOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/exportModelDetails",schemaPath:"#/components/schemas/ExportModelOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.exportEvaluatedExamplesDetails !== undefined){
let data28 = data.exportEvaluatedExamplesDetails;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.outputInfo !== undefined){
let data29 = data28.outputInfo;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.bigqueryOutputDataset !== undefined){
if(typeof data29.bigqueryOutputDataset !== "string"){
const err34 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails/outputInfo",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"@type":true,"progressPercent":true,"partialFailures":true,"createTime":true,"updateTime":true,"deleteDetails":true,"deployModelDetails":true,"undeployModelDetails":true,"createModelDetails":true,"importDataDetails":true,"batchPredictDetails":true,"exportDataDetails":true,"exportModelDetails":true,"exportEvaluatedExamplesDetails":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.error === undefined) && (missing0 = "error")) || ((data.response === undefined) && (missing0 = "response"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.done === undefined) && (missing1 = "done")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data.done !== undefined){
if(true !== data.done){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
let valid4 = false;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.error === undefined) && (missing2 = "error")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid4 = valid4 || _valid1;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.response === undefined) && (missing3 = "response")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs8 === errors;
if(valid3){
const err7 = {instancePath,schemaPath:"#/else/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err8 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^projects/[^/]+/locations/[^/]+/operations/[^/]+$"},message:"must match pattern \""+"^projects/[^/]+/locations/[^/]+/operations/[^/]+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate22(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.done !== undefined){
if(typeof data.done !== "boolean"){
const err11 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.error !== undefined){
if(!(validate23(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.response !== undefined){
let data5 = data.response;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5["@type"] === undefined){
const err12 = {instancePath:instancePath+"/response",schemaPath:"#/components/schemas/Any/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5["@type"] !== undefined){
let data6 = data5["@type"];
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err13 = {instancePath:instancePath+"/response/@type",schemaPath:"#/components/schemas/Any/properties/%40type/pattern",keyword:"pattern",params:{pattern: "^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/response/@type",schemaPath:"#/components/schemas/Any/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/response",schemaPath:"#/components/schemas/Any/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"name":true,"metadata":true,"done":true,"error":true,"response":true},"dynamicProps":false,"dynamicItems":false};

export const validateListOperationsResponse = validate27;
const schema48 = {"type":"object","description":"One page of google.longrunning.ListOperationsResponse.","properties":{"operations":{"type":"array","items":{"$ref":"#/components/schemas/Operation"}},"nextPageToken":{"type":"string","description":"The token of the next page; empty or absent on the last page."},"unreachable":{"type":"array","description":"Resources (such as locations) that could not be reached when the request set\n`returnPartialSuccess`; unordered (google.longrunning, 2025).\n","items":{"type":"string"}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.operations !== undefined){
let data0 = data.operations;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data0[i0], {instancePath:instancePath+"/operations/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.nextPageToken !== undefined){
if(typeof data.nextPageToken !== "string"){
const err1 = {instancePath:instancePath+"/nextPageToken",schemaPath:"#/properties/nextPageToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.unreachable !== undefined){
let data3 = data.unreachable;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err2 = {instancePath:instancePath+"/unreachable/" + i1,schemaPath:"#/properties/unreachable/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/unreachable",schemaPath:"#/properties/unreachable/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"operations":true,"nextPageToken":true,"unreachable":true},"dynamicProps":false,"dynamicItems":false};

export const validateEmpty = validate29;
const schema49 = {"type":"object","description":"google.protobuf.Empty.","additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCancelOperationRequest = validate30;
const schema50 = {"type":"object","description":"The (empty) body of cancel. `{}` and no body at all are the same message; any member is INVALID_ARGUMENT.","additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateWaitOperationRequest = validate31;
const schema51 = {"type":"object","description":"The body of wait.","additionalProperties":false,"properties":{"timeout":{"$ref":"#/components/schemas/Duration"}}};
const schema52 = {"type":"string","description":"google.protobuf.Duration in proto3 JSON, seconds with up to nine fractional digits and `s`, such as `3.5s`.","pattern":"^[0-9]{1,12}(\\.[0-9]{1,9})?s$"};
const pattern9 = new RegExp("^[0-9]{1,12}(\\.[0-9]{1,9})?s$", "");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "timeout")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.timeout !== undefined){
let data0 = data.timeout;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err1 = {instancePath:instancePath+"/timeout",schemaPath:"#/components/schemas/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,9})?s$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,9})?s$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/timeout",schemaPath:"#/components/schemas/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateErrorResponse = validate32;
const schema53 = {"type":"object","description":"The AIP-193 error envelope. Legacy members (such as `errors`) may appear beside `error`.","required":["error"],"properties":{"error":{"type":"object","required":["code","message","status"],"properties":{"code":{"type":"integer","format":"int32","description":"The HTTP status code of the response.","minimum":400,"maximum":599},"message":{"type":"string"},"status":{"$ref":"#/components/schemas/Code"},"details":{"type":"array","items":{"$ref":"#/components/schemas/Any"}}}}}};
const schema54 = {"type":"string","description":"The name of a google.rpc.Code.","enum":["OK","CANCELLED","UNKNOWN","INVALID_ARGUMENT","DEADLINE_EXCEEDED","NOT_FOUND","ALREADY_EXISTS","PERMISSION_DENIED","RESOURCE_EXHAUSTED","FAILED_PRECONDITION","ABORTED","OUT_OF_RANGE","UNIMPLEMENTED","INTERNAL","UNAVAILABLE","DATA_LOSS","UNAUTHENTICATED"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.status === undefined){
const err3 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 599 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 400 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err7 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.status !== undefined){
let data3 = data0.status;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/error/status",schemaPath:"#/components/schemas/Code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((((((((((((((data3 === "OK") || (data3 === "CANCELLED")) || (data3 === "UNKNOWN")) || (data3 === "INVALID_ARGUMENT")) || (data3 === "DEADLINE_EXCEEDED")) || (data3 === "NOT_FOUND")) || (data3 === "ALREADY_EXISTS")) || (data3 === "PERMISSION_DENIED")) || (data3 === "RESOURCE_EXHAUSTED")) || (data3 === "FAILED_PRECONDITION")) || (data3 === "ABORTED")) || (data3 === "OUT_OF_RANGE")) || (data3 === "UNIMPLEMENTED")) || (data3 === "INTERNAL")) || (data3 === "UNAVAILABLE")) || (data3 === "DATA_LOSS")) || (data3 === "UNAUTHENTICATED"))){
const err9 = {instancePath:instancePath+"/error/status",schemaPath:"#/components/schemas/Code/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.details !== undefined){
let data4 = data0.details;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5["@type"] === undefined){
const err10 = {instancePath:instancePath+"/error/details/" + i0,schemaPath:"#/components/schemas/Any/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5["@type"] !== undefined){
let data6 = data5["@type"];
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err11 = {instancePath:instancePath+"/error/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/pattern",keyword:"pattern",params:{pattern: "^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/error/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/error/details/" + i0,schemaPath:"#/components/schemas/Any/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/error/details",schemaPath:"#/properties/error/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const validateStatus = validate33;

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code !== undefined){
let data0 = data.code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 16 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.details !== undefined){
let data2 = data.details;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["@type"] === undefined){
const err4 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/components/schemas/Any/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3["@type"] !== undefined){
let data4 = data3["@type"];
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err5 = {instancePath:instancePath+"/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/pattern",keyword:"pattern",params:{pattern: "^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/details/" + i0+"/@type",schemaPath:"#/components/schemas/Any/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/components/schemas/Any/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};

export const validateAny = validate34;

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@type"] !== undefined){
let data0 = data["@type"];
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err1 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/pattern",keyword:"pattern",params:{pattern: "^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[^\\s]*/[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateOperationMetadata = validate35;

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@type"] !== undefined){
let data0 = data["@type"];
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" !== data0){
const err2 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/const",keyword:"const",params:{allowedValue: "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.progressPercent !== undefined){
let data1 = data.progressPercent;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/progressPercent",schemaPath:"#/properties/progressPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.partialFailures !== undefined){
let data2 = data.partialFailures;
if(Array.isArray(data2)){
if(data2.length > 20){
const err6 = {instancePath:instancePath+"/partialFailures",schemaPath:"#/properties/partialFailures/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/partialFailures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/partialFailures",schemaPath:"#/properties/partialFailures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.createTime !== undefined){
let data4 = data.createTime;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err8 = {instancePath:instancePath+"/createTime",schemaPath:"#/components/schemas/Timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/createTime",schemaPath:"#/components/schemas/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.updateTime !== undefined){
let data5 = data.updateTime;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err10 = {instancePath:instancePath+"/updateTime",schemaPath:"#/components/schemas/Timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?Z$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/updateTime",schemaPath:"#/components/schemas/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.deleteDetails !== undefined){
let data6 = data.deleteDetails;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err12 = {instancePath:instancePath+"/deleteDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.deployModelDetails !== undefined){
let data7 = data.deployModelDetails;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err13 = {instancePath:instancePath+"/deployModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.undeployModelDetails !== undefined){
let data8 = data.undeployModelDetails;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err14 = {instancePath:instancePath+"/undeployModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.createModelDetails !== undefined){
let data9 = data.createModelDetails;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err15 = {instancePath:instancePath+"/createModelDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.importDataDetails !== undefined){
let data10 = data.importDataDetails;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err16 = {instancePath:instancePath+"/importDataDetails",schemaPath:"#/components/schemas/EmptyDetails/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.batchPredictDetails !== undefined){
let data11 = data.batchPredictDetails;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.inputConfig !== undefined){
let data12 = data11.inputConfig;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.gcsSource !== undefined){
let data13 = data12.gcsSource;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.inputUris !== undefined){
let data14 = data13.inputUris;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(typeof data14[i1] !== "string"){
const err17 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource/inputUris/" + i1,schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/properties/inputUris/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource/inputUris",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/properties/inputUris/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/gcsSource",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/gcsSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data12.bigquerySource !== undefined){
let data16 = data12.bigquerySource;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.inputUri !== undefined){
if(typeof data16.inputUri !== "string"){
const err20 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/bigquerySource/inputUri",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/bigquerySource/properties/inputUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/batchPredictDetails/inputConfig/bigquerySource",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/properties/bigquerySource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/batchPredictDetails/inputConfig",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/inputConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.outputInfo !== undefined){
let data18 = data11.outputInfo;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.gcsOutputDirectory !== undefined){
if(typeof data18.gcsOutputDirectory !== "string"){
const err23 = {instancePath:instancePath+"/batchPredictDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data18.bigqueryOutputDataset !== undefined){
if(typeof data18.bigqueryOutputDataset !== "string"){
const err24 = {instancePath:instancePath+"/batchPredictDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/batchPredictDetails/outputInfo",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/batchPredictDetails",schemaPath:"#/components/schemas/BatchPredictOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.exportDataDetails !== undefined){
let data21 = data.exportDataDetails;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.outputInfo !== undefined){
let data22 = data21.outputInfo;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.gcsOutputDirectory !== undefined){
if(typeof data22.gcsOutputDirectory !== "string"){
const err27 = {instancePath:instancePath+"/exportDataDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.bigqueryOutputDataset !== undefined){
if(typeof data22.bigqueryOutputDataset !== "string"){
const err28 = {instancePath:instancePath+"/exportDataDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/exportDataDetails/outputInfo",schemaPath:"#/components/schemas/ExportDataOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/exportDataDetails",schemaPath:"#/components/schemas/ExportDataOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.exportModelDetails !== undefined){
let data25 = data.exportModelDetails;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.outputInfo !== undefined){
let data26 = data25.outputInfo;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.gcsOutputDirectory !== undefined){
if(typeof data26.gcsOutputDirectory !== "string"){
const err31 = {instancePath:instancePath+"/exportModelDetails/outputInfo/gcsOutputDirectory",schemaPath:"#/components/schemas/ExportModelOperationMetadata/properties/outputInfo/properties/gcsOutputDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/exportModelDetails/outputInfo",schemaPath:"#/components/schemas/ExportModelOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/exportModelDetails",schemaPath:"#/components/schemas/ExportModelOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.exportEvaluatedExamplesDetails !== undefined){
let data28 = data.exportEvaluatedExamplesDetails;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.outputInfo !== undefined){
let data29 = data28.outputInfo;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.bigqueryOutputDataset !== undefined){
if(typeof data29.bigqueryOutputDataset !== "string"){
const err34 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails/outputInfo/bigqueryOutputDataset",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/properties/outputInfo/properties/bigqueryOutputDataset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails/outputInfo",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/properties/outputInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/exportEvaluatedExamplesDetails",schemaPath:"#/components/schemas/ExportEvaluatedExamplesOperationMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"@type":true,"progressPercent":true,"partialFailures":true,"createTime":true,"updateTime":true,"deleteDetails":true,"deployModelDetails":true,"undeployModelDetails":true,"createModelDetails":true,"importDataDetails":true,"batchPredictDetails":true,"exportDataDetails":true,"exportModelDetails":true,"exportEvaluatedExamplesDetails":true},"dynamicProps":false,"dynamicItems":false};

