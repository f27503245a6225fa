// A media type must give at least one example (`example` or a non-empty `examples`), so the mock
// answers realistic bodies instead of schema-generated ones.
export default function hasExample(mediaType, _options, context) {
  if (mediaType?.example !== undefined) return [];
  if (mediaType?.examples && Object.keys(mediaType.examples).length > 0) return [];
  return [{ message: "Response has no example.", path: context.path }];
}
