// GENERATED FILE: do not edit. Made by `npm run generate` (openapi-typescript) from spec/automl-v1beta1-operations.yaml.
export interface paths {
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
            };
            cookie?: never;
        };
        /**
         * Lists operations that match the filter.
         * @description Lists the operations of a location. Results are paginated (AIP-158): an empty or absent
         *     `nextPageToken` ends the listing. With `returnPartialSuccess`, locations that cannot be reached
         *     are named in `unreachable` instead of failing the call. A server without list answers
         *     UNIMPLEMENTED (google.longrunning allows it for list, cancel, delete and wait, never for get).
         *     Server-side deadline: 50 s. IAM permission `automl.operations.get`.
         *
         */
        get: operations["listOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        /**
         * Gets the latest state of an operation.
         * @description Clients poll this method to learn the result of an operation (AIP-151). Server-side
         *     deadline: 5 s. IAM permission `automl.operations.get`.
         *
         */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        /**
         * Deletes an operation record.
         * @description The client is no longer interested in the result; this does not cancel the operation.
         *     Afterwards `get` answers NOT_FOUND. IAM permission `automl.operations.delete`.
         *
         */
        delete: operations["deleteOperation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}:cancel": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts asynchronous cancellation of an operation.
         * @description Best effort and asynchronous. On success the operation is not deleted: it becomes `done`
         *     with `error.code` 1 (CANCELLED). Clients call `get` to learn whether the cancel took effect.
         *     The body is an empty message: no body at all and `{}` are both accepted (Google's own client
         *     sends `{}`). A server without cancel answers UNIMPLEMENTED; cancelling a finished operation may
         *     answer `{}` or FAILED_PRECONDITION. IAM permission `automl.operations.cancel`.
         *
         */
        post: operations["cancelOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}:wait": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waits until the operation is done or the timeout passes.
         * @description Returns the latest state when the operation is done or when `timeout` passes, whichever comes
         *     first; it may return early. Server-side deadline: 300 s. A server without wait answers
         *     UNIMPLEMENTED. IAM permission `automl.operations.get`.
         *
         */
        post: operations["waitOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a model; its operation ends with the Model.
         * @description Starts training a model on a dataset of the same project and location (the body is the Model,
         *     HTTP rule `body: "model"`). Answers an Operation under the location's operations; once done its
         *     response is the Model with the name the server assigned. IAM permission `automl.models.create`.
         *
         */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a model; its operation ends with Empty.
         * @description Starts deleting the model. The model is gone once the operation succeeds. IAM permission
         *     `automl.models.delete`.
         *
         */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:deploy": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploys a model for online prediction; its operation ends with Empty.
         * @description Starts deploying the model. Image models may say on how many nodes; other models take `{}`.
         *     IAM permission `automl.models.deploy`.
         *
         */
        post: operations["deployModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:undeploy": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undeploys a model; its operation ends with Empty.
         * @description Starts undeploying the model, which then no longer serves online predictions. The body is an
         *     empty message. IAM permission `automl.models.undeploy`.
         *
         */
        post: operations["undeployModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:export": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exports a trained model to Cloud Storage or Container Registry; its operation ends with Empty.
         * @description Starts writing the model in an exportable format (such as `tflite`, `tf_saved_model`,
         *     `tf_js`, `core_ml`, `docker`) to the given destination. IAM permission `automl.models.export`.
         *
         */
        post: operations["exportModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:exportEvaluatedExamples": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exports a tables model's evaluated examples to BigQuery; its operation ends with Empty.
         * @description Starts writing the examples the model was evaluated on, with its predictions, to a new BigQuery
         *     dataset in the given project. Tables models only. IAM permission `automl.models.export`.
         *
         */
        post: operations["exportEvaluatedExamples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:batchPredict": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Predicts on a batch of inputs; its operation ends with a BatchPredictResult.
         * @description Starts predicting on the rows or files of the input; the predictions are written to the output,
         *     not returned. A method of the PredictionService. IAM permission `automl.models.predict`.
         *
         */
        post: operations["batchPredict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a dataset and all of its contents; its operation ends with Empty.
         * @description Starts deleting the dataset and all of its contents. The dataset is gone once the operation
         *     succeeds. IAM permission `automl.datasets.delete`.
         *
         */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:importData": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports data into a dataset; its operation ends with Empty.
         * @description Starts importing rows (from BigQuery or CSV files in Cloud Storage) or labelled files into the
         *     dataset; a tables dataset must be empty. IAM permission `automl.datasets.import`.
         *
         */
        post: operations["importData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:exportData": {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exports a dataset's data to Cloud Storage or BigQuery; its operation ends with Empty.
         * @description Starts writing the dataset's data to the given destination. IAM permission
         *     `automl.datasets.export`.
         *
         */
        post: operations["exportData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description google.longrunning.Operation. While not `done`, neither `error` nor `response` is set; once
         *     `done`, at most one of them is (AIP-151).
         *      */
        Operation: {
            /** @description The resource name, `projects/{project}/locations/{location}/operations/{operation}`. */
            name?: string;
            metadata?: components["schemas"]["OperationMetadata"];
            /** @description True once the operation has finished. Often absent while false (proto3 JSON omits defaults). */
            done?: boolean;
            error?: components["schemas"]["Status"];
            response?: components["schemas"]["Any"];
        };
        /** @description google.rpc.Status, the error of a finished operation (and of partial failures). */
        Status: {
            /**
             * Format: int32
             * @description A google.rpc.Code value (0 OK … 16 UNAUTHENTICATED).
             */
            code?: number;
            /** @description A developer-facing message in English. */
            message?: string;
            /** @description Error details; each an Any such as google.rpc.ErrorInfo or RetryInfo. Unknown types must be tolerated. */
            details?: components["schemas"]["Any"][];
        };
        /** @description google.protobuf.Any in proto3 JSON: the message's own fields plus `@type`, a type URL such as
         *     `type.googleapis.com/google.rpc.ErrorInfo`. Google's clients cannot parse an Any without `@type`.
         *      */
        Any: {
            /** @description The type URL; its last segment is the full name of the message. */
            "@type": string;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of google.longrunning.ListOperationsResponse. */
        ListOperationsResponse: {
            operations?: components["schemas"]["Operation"][];
            /** @description The token of the next page; empty or absent on the last page. */
            nextPageToken?: string;
            /** @description Resources (such as locations) that could not be reached when the request set
             *     `returnPartialSuccess`; unordered (google.longrunning, 2025).
             *      */
            unreachable?: string[];
        };
        /** @description google.protobuf.Empty. */
        Empty: Record<string, never>;
        /** @description The (empty) body of cancel. `{}` and no body at all are the same message; any member is INVALID_ARGUMENT. */
        CancelOperationRequest: Record<string, never>;
        /** @description The body of wait. */
        WaitOperationRequest: {
            timeout?: components["schemas"]["Duration"];
        };
        /** @description google.protobuf.Duration in proto3 JSON, seconds with up to nine fractional digits and `s`, such as `3.5s`. */
        Duration: string;
        /**
         * Format: date-time
         * @description google.protobuf.Timestamp in proto3 JSON, RFC 3339 in UTC with `Z` and up to nine fractional digits.
         */
        Timestamp: string;
        /** @description The AIP-193 error envelope. Legacy members (such as `errors`) may appear beside `error`. */
        ErrorResponse: {
            error: {
                /**
                 * Format: int32
                 * @description The HTTP status code of the response.
                 */
                code: number;
                message: string;
                status: components["schemas"]["Code"];
                details?: components["schemas"]["Any"][];
            };
        };
        /**
         * @description The name of a google.rpc.Code.
         * @enum {string}
         */
        Code: "OK" | "CANCELLED" | "UNKNOWN" | "INVALID_ARGUMENT" | "DEADLINE_EXCEEDED" | "NOT_FOUND" | "ALREADY_EXISTS" | "PERMISSION_DENIED" | "RESOURCE_EXHAUSTED" | "FAILED_PRECONDITION" | "ABORTED" | "OUT_OF_RANGE" | "UNIMPLEMENTED" | "INTERNAL" | "UNAVAILABLE" | "DATA_LOSS" | "UNAUTHENTICATED";
        /** @description google.cloud.automl.v1beta1.OperationMetadata, the `metadata` of every AutoML operation. At most
         *     one of the `…Details` members is set; it names the kind of work.
         *      */
        OperationMetadata: {
            /** @constant */
            "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata";
            /** Format: int32 */
            progressPercent?: number;
            partialFailures?: components["schemas"]["Status"][];
            createTime?: components["schemas"]["Timestamp"];
            updateTime?: components["schemas"]["Timestamp"];
            deleteDetails?: components["schemas"]["EmptyDetails"];
            deployModelDetails?: components["schemas"]["EmptyDetails"];
            undeployModelDetails?: components["schemas"]["EmptyDetails"];
            createModelDetails?: components["schemas"]["EmptyDetails"];
            importDataDetails?: components["schemas"]["EmptyDetails"];
            batchPredictDetails?: components["schemas"]["BatchPredictOperationMetadata"];
            exportDataDetails?: components["schemas"]["ExportDataOperationMetadata"];
            exportModelDetails?: components["schemas"]["ExportModelOperationMetadata"];
            exportEvaluatedExamplesDetails?: components["schemas"]["ExportEvaluatedExamplesOperationMetadata"];
        };
        /** @description Details of an operation kind that carries none (delete, deploy, undeploy, create model, import data). */
        EmptyDetails: Record<string, never>;
        BatchPredictOperationMetadata: {
            /** @description google.cloud.automl.v1beta1.BatchPredictInputConfig, as given to batchPredict. */
            inputConfig?: {
                gcsSource?: {
                    inputUris?: string[];
                };
                bigquerySource?: {
                    inputUri?: string;
                };
            };
            outputInfo?: {
                gcsOutputDirectory?: string;
                bigqueryOutputDataset?: string;
            };
        };
        ExportDataOperationMetadata: {
            outputInfo?: {
                gcsOutputDirectory?: string;
                bigqueryOutputDataset?: string;
            };
        };
        ExportModelOperationMetadata: {
            outputInfo?: {
                gcsOutputDirectory?: string;
            };
        };
        ExportEvaluatedExamplesOperationMetadata: {
            outputInfo?: {
                bigqueryOutputDataset?: string;
            };
        };
        /** @description An int64 in proto3 JSON, a decimal string (a JSON number would lose precision past 2^53). */
        Int64: string;
        /** @description A double or float in proto3 JSON, a number or one of the strings `NaN`, `Infinity`, `-Infinity`. */
        Double: number | ("NaN" | "Infinity" | "-Infinity");
        /** @description A proto `map<string, string>`, a JSON object of strings. */
        StringMap: {
            [key: string]: string;
        };
        /** @description google.cloud.automl.v1beta1.Model: the body of createModel and the response of its operation.
         *     A request gives `displayName`, `datasetId` and exactly one `…ModelMetadata` (the oneof
         *     `model_metadata`, matching the dataset's problem type). `name`, `createTime`, `updateTime` and
         *     `deploymentState` are output only: a request may carry them and the server ignores them (AIP-203).
         *     Unknown members are refused, as proto3 JSON parsing does.
         *      */
        Model: {
            /** @description Output only. `projects/{project}/locations/{location}/models/{model}`, assigned by the server. */
            readonly name?: string;
            /** @description Up to 32 characters, ASCII letters, digits and underscores, starting with a letter. */
            displayName: string;
            /** @description The id of the dataset to train on; it must be in the same project and location. */
            datasetId: string;
            /** @description Output only. When training finished and the model could be used for prediction. */
            readonly createTime?: components["schemas"]["Timestamp"];
            /** @description Output only. When the model was last updated. */
            readonly updateTime?: components["schemas"]["Timestamp"];
            readonly deploymentState?: components["schemas"]["ModelDeploymentState"];
            translationModelMetadata?: components["schemas"]["TranslationModelMetadata"];
            imageClassificationModelMetadata?: components["schemas"]["ImageClassificationModelMetadata"];
            textClassificationModelMetadata?: components["schemas"]["TextClassificationModelMetadata"];
            imageObjectDetectionModelMetadata?: components["schemas"]["ImageObjectDetectionModelMetadata"];
            videoClassificationModelMetadata?: components["schemas"]["VideoClassificationModelMetadata"];
            videoObjectTrackingModelMetadata?: components["schemas"]["VideoObjectTrackingModelMetadata"];
            textExtractionModelMetadata?: components["schemas"]["TextExtractionModelMetadata"];
            tablesModelMetadata?: components["schemas"]["TablesModelMetadata"];
            textSentimentModelMetadata?: components["schemas"]["TextSentimentModelMetadata"];
        } & (unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown | unknown);
        /** @description google.cloud.automl.v1beta1.Model.DeploymentState, output only; by name, or by number as clients asking `enum-encoding=int` send it. */
        ModelDeploymentState: ("DEPLOYMENT_STATE_UNSPECIFIED" | "DEPLOYED" | "UNDEPLOYED") | (0 | 1 | 2);
        TranslationModelMetadata: {
            /** @description The resource name of the model to start from; absent to train from scratch. */
            baseModel?: string;
            /** @description Output only. Inferred from the dataset. */
            readonly sourceLanguageCode?: string;
            /** @description Output only. Inferred from the dataset. */
            readonly targetLanguageCode?: string;
        };
        ImageClassificationModelMetadata: {
            /** @description The id of a model of the same location to start from. */
            baseModelId?: string;
            /** @description The training budget in hours; the cost incurred, `trainCost`, stays within it. */
            trainBudget?: components["schemas"]["Int64"];
            /** @description Output only. */
            readonly trainCost?: components["schemas"]["Int64"];
            /** @description Output only. Why training stopped, such as `BUDGET_REACHED` or `MODEL_CONVERGED`. */
            readonly stopReason?: string;
            /** @description `cloud` (the default), `mobile-low-latency-1`, `mobile-versatile-1`, `mobile-high-accuracy-1` and others. */
            modelType?: string;
            /** @description Output only. */
            readonly nodeQps?: components["schemas"]["Double"];
            /** @description Output only. */
            readonly nodeCount?: components["schemas"]["Int64"];
        };
        TextClassificationModelMetadata: {
            classificationType?: components["schemas"]["ClassificationType"];
        };
        /** @description google.cloud.automl.v1beta1.ClassificationType, by name or by number. */
        ClassificationType: ("CLASSIFICATION_TYPE_UNSPECIFIED" | "MULTICLASS" | "MULTILABEL") | (0 | 1 | 2);
        ImageObjectDetectionModelMetadata: {
            /** @description `cloud-high-accuracy-1` (the default), `cloud-low-latency-1`, `mobile-low-latency-1` and others. */
            modelType?: string;
            /** @description Output only. */
            readonly nodeCount?: components["schemas"]["Int64"];
            /** @description Output only. */
            readonly nodeQps?: components["schemas"]["Double"];
            /** @description Output only. Why training stopped. */
            readonly stopReason?: string;
            /** @description The training budget in milli node hours (1000 is one node hour). */
            trainBudgetMilliNodeHours?: components["schemas"]["Int64"];
            /** @description Output only. */
            readonly trainCostMilliNodeHours?: components["schemas"]["Int64"];
        };
        /** @description Has no fields. */
        VideoClassificationModelMetadata: Record<string, never>;
        /** @description Has no fields. */
        VideoObjectTrackingModelMetadata: Record<string, never>;
        TextExtractionModelMetadata: {
            /** @description `default` or `health_care`. */
            modelHint?: string;
        };
        /** @description Has no fields. */
        TextSentimentModelMetadata: Record<string, never>;
        /** @description The training settings of a tables model. At most one of `optimizationObjectiveRecallValue` and
         *     `optimizationObjectivePrecisionValue` (the oneof `additional_optimization_objective_config`).
         *      */
        TablesModelMetadata: {
            optimizationObjectiveRecallValue?: components["schemas"]["Double"];
            optimizationObjectivePrecisionValue?: components["schemas"]["Double"];
            targetColumnSpec?: components["schemas"]["ColumnSpec"];
            inputFeatureColumnSpecs?: components["schemas"]["ColumnSpec"][];
            /** @description Such as `MAXIMIZE_AU_ROC`, `MINIMIZE_LOG_LOSS`, `MINIMIZE_RMSE`; absent for the problem type's default. */
            optimizationObjective?: string;
            readonly tablesModelColumnInfo?: components["schemas"]["TablesModelColumnInfo"][];
            /** @description The training budget in milli node hours (1000 is one node hour), from 1000 to 72000. */
            trainBudgetMilliNodeHours?: components["schemas"]["Int64"];
            /** @description Output only. */
            readonly trainCostMilliNodeHours?: components["schemas"]["Int64"];
            disableEarlyStopping?: boolean;
        };
        ColumnSpec: {
            /** @description `projects/{project}/locations/{location}/datasets/{dataset}/tableSpecs/{table_spec}/columnSpecs/{column_spec}`. */
            name?: string;
            dataType?: components["schemas"]["DataType"];
            displayName?: string;
            /** @description Output only. google.cloud.automl.v1beta1.DataStats of the column; its members are not described here. */
            readonly dataStats?: Record<string, never>;
            readonly topCorrelatedColumns?: Record<string, never>[];
            etag?: string;
        };
        /** @description A column's type; at most one of `listElementType`, `structType` and `timeFormat` (the oneof `details`). */
        DataType: {
            listElementType?: components["schemas"]["DataType"];
            structType?: {
                fields?: {
                    [key: string]: components["schemas"]["DataType"];
                };
            };
            timeFormat?: string;
            typeCode?: components["schemas"]["TypeCode"];
            nullable?: boolean;
        };
        /** @description google.cloud.automl.v1beta1.TypeCode, by name or by number. */
        TypeCode: ("TYPE_CODE_UNSPECIFIED" | "FLOAT64" | "TIMESTAMP" | "STRING" | "ARRAY" | "STRUCT" | "CATEGORY") | (0 | 3 | 4 | 6 | 8 | 9 | 10);
        /** @description Output only. A column's importance to the model. */
        TablesModelColumnInfo: {
            columnSpecName?: string;
            columnDisplayName?: string;
            featureImportance?: components["schemas"]["Double"];
        };
        /** @description The body of deployModel: google.cloud.automl.v1beta1.DeployModelRequest without `name`, which the
         *     path carries. At most one of the deployment metadata (the oneof `model_deployment_metadata`).
         *      */
        DeployModelRequest: {
            imageObjectDetectionModelDeploymentMetadata?: components["schemas"]["NodeCountDeploymentMetadata"];
            imageClassificationModelDeploymentMetadata?: components["schemas"]["NodeCountDeploymentMetadata"];
        };
        /** @description google.cloud.automl.v1beta1.ImageObjectDetectionModelDeploymentMetadata and
         *     ImageClassificationModelDeploymentMetadata, which have the same one field.
         *      */
        NodeCountDeploymentMetadata: {
            nodeCount?: components["schemas"]["Int64"];
        };
        /** @description The body of undeployModel, an empty message (UndeployModelRequest without `name`); `{}` and no body are the same. */
        UndeployModelRequest: Record<string, never>;
        /** @description The body of exportModel (ExportModelRequest without `name`). */
        ExportModelRequest: {
            outputConfig: components["schemas"]["ModelExportOutputConfig"];
        };
        /** @description Where and in which format to export; exactly one destination (the oneof `destination`). */
        ModelExportOutputConfig: {
            gcsDestination?: components["schemas"]["GcsDestination"];
            gcrDestination?: components["schemas"]["GcrDestination"];
            /** @description Such as `tflite`, `edgetpu_tflite`, `tf_saved_model`, `tf_js`, `core_ml`, `docker`. */
            modelFormat?: string;
            params?: components["schemas"]["StringMap"];
        } & (unknown | unknown);
        GcsDestination: {
            /** @description A Cloud Storage directory, such as `gs://bucket/dir/`. */
            outputUriPrefix: string;
        };
        GcrDestination: {
            /** @description A Container Registry image, such as `gcr.io/demo/model:v1`. */
            outputUri: string;
        };
        /** @description The body of exportEvaluatedExamples (ExportEvaluatedExamplesRequest without `name`). */
        ExportEvaluatedExamplesRequest: {
            outputConfig: components["schemas"]["ExportEvaluatedExamplesOutputConfig"];
        };
        ExportEvaluatedExamplesOutputConfig: {
            bigqueryDestination: components["schemas"]["BigQueryDestination"];
        };
        BigQueryDestination: {
            /** @description A BigQuery project, such as `bq://demo`; a new dataset is created in it. */
            outputUri: string;
        };
        /** @description The body of batchPredict (BatchPredictRequest without `name`). */
        BatchPredictRequest: {
            inputConfig: components["schemas"]["BatchPredictInputConfig"];
            outputConfig: components["schemas"]["BatchPredictOutputConfig"];
            params?: components["schemas"]["StringMap"];
        };
        /** @description Exactly one source (the oneof `source`). */
        BatchPredictInputConfig: {
            gcsSource?: components["schemas"]["GcsSource"];
            bigquerySource?: components["schemas"]["BigQuerySource"];
        } & (unknown | unknown);
        /** @description Exactly one destination (the oneof `destination`). */
        BatchPredictOutputConfig: {
            gcsDestination?: components["schemas"]["GcsDestination"];
            bigqueryDestination?: components["schemas"]["BigQueryDestination"];
        } & (unknown | unknown);
        GcsSource: {
            inputUris: string[];
        };
        BigQuerySource: {
            /** @description A BigQuery table, such as `bq://demo.dataset.table`. */
            inputUri: string;
        };
        /** @description The response of batchPredict's operation; `metadata` holds problem-specific facts (such as `instances_count`). */
        BatchPredictResult: {
            metadata?: components["schemas"]["StringMap"];
        };
        /** @description The body of importData (ImportDataRequest without `name`). */
        ImportDataRequest: {
            inputConfig: components["schemas"]["InputConfig"];
        };
        /** @description Exactly one source (the oneof `source`), and problem-specific `params`. */
        InputConfig: {
            gcsSource?: components["schemas"]["GcsSource"];
            bigquerySource?: components["schemas"]["BigQuerySource"];
            params?: components["schemas"]["StringMap"];
        } & (unknown | unknown);
        /** @description The body of exportData (ExportDataRequest without `name`). */
        ExportDataRequest: {
            outputConfig: components["schemas"]["OutputConfig"];
        };
        /** @description Exactly one destination (the oneof `destination`). */
        OutputConfig: {
            gcsDestination?: components["schemas"]["GcsDestination"];
            bigqueryDestination?: components["schemas"]["BigQueryDestination"];
        } & (unknown | unknown);
    };
    responses: {
        /** @description Success with an empty message. */
        Empty: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Empty"];
            };
        };
        /** @description INVALID_ARGUMENT — the request is malformed (bad id, bad pageSize, bad filter, unknown body field, bad Duration). */
        InvalidArgument: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description INVALID_ARGUMENT (the request is malformed) or FAILED_PRECONDITION (the operation is already finished). */
        CancelRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description UNAUTHENTICATED — no valid OAuth 2.0 token. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description PERMISSION_DENIED — the caller lacks the IAM permission. */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description NOT_FOUND — no such operation (or location). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description RESOURCE_EXHAUSTED — quota or rate limit; retry after the advertised delay. */
        ResourceExhausted: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description UNIMPLEMENTED — this server does not offer the method. */
        Unimplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description UNAVAILABLE — a transient condition; retrying an idempotent call is safe. */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any other google.rpc.Status, in the AIP-193 envelope. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description NOT_FOUND — no such model or dataset (or a dataset the body names does not exist). */
        ResourceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The project id, the segment after `projects/`.
         * @example demo
         */
        projectsId: string;
        /**
         * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
         * @example us-central1
         */
        locationsId: string;
        /**
         * @description The operation id, the segment after `operations/`.
         * @example TRN1234567890
         */
        operationsId: string;
        /**
         * @description The model id, the segment after `models/`.
         * @example TBL2866487218853462016
         */
        modelsId: string;
        /**
         * @description The dataset id, the segment after `datasets/`.
         * @example TBL5314616996136591360
         */
        datasetsId: string;
        /**
         * @description A filter over `done` (`done=true`), `operation_id` (`operation_id=TRN123`) and `worksOn` /
         *     `works_on` (the resource an operation works on), each with `=` or `!=`, joined by `AND`.
         *
         * @example done=false
         */
        filter: string;
        /**
         * @description The largest number of operations to return. 0 or absent means the server's default; a value
         *     above the maximum is coerced down; a negative value is INVALID_ARGUMENT (AIP-158). The server
         *     may return fewer.
         *
         * @example 50
         */
        pageSize: number;
        /**
         * @description The `nextPageToken` of the previous page. Opaque to clients (AIP-158).
         * @example Cg5kZW1vLXBhZ2UtdG9rZW4
         */
        pageToken: string;
        /**
         * @description When true, operations that can be read are returned and the locations that cannot be reached
         *     are listed in the response's `unreachable` instead of failing the call (google.longrunning,
         *     2025). A service that does not document it may answer UNIMPLEMENTED.
         *
         * @example false
         */
        returnPartialSuccess: boolean;
        /**
         * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
         * @example 2
         */
        StdXgafv: "1" | "2";
        /**
         * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
         *     header. A token in a URL ends up in logs and histories; prefer the header.
         *
         * @example ya29.example-token
         */
        StdAccessToken: string;
        /**
         * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
         * @example json
         */
        StdAlt: "json" | "media" | "proto";
        /**
         * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
         *     `json;enum-encoding=int` (enums as numbers in requests it sends).
         *
         * @example json;enum-encoding=int
         */
        StdDollarAlt: string;
        /**
         * @description Google's standard parameter for a partial response: the fields of the response to return, in
         *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
         *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
         *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
         *     syntax error, a field the response does not have, a sub-selection of a scalar) is
         *     INVALID_ARGUMENT. Error responses are not filtered.
         *
         * @example operations(name,done),nextPageToken
         */
        StdFields: string;
        /**
         * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
         * @example AIzaSy-example-key
         */
        StdKey: string;
        /**
         * @description Google's standard parameter, a legacy name of `access_token`.
         * @example ya29.example-token
         */
        StdOauthToken: string;
        /**
         * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
         * @example false
         */
        StdPrettyPrint: boolean;
        /**
         * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
         * @example user-1234
         */
        StdQuotaUser: string;
        /**
         * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
         * @example raw
         */
        StdUploadProtocol: string;
        /**
         * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
         * @example media
         */
        StdUploadType: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before trying again (RFC 9110 §10.2.3).
         * @example 2
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOperations: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
                /**
                 * @description A filter over `done` (`done=true`), `operation_id` (`operation_id=TRN123`) and `worksOn` /
                 *     `works_on` (the resource an operation works on), each with `=` or `!=`, joined by `AND`.
                 *
                 * @example done=false
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description The largest number of operations to return. 0 or absent means the server's default; a value
                 *     above the maximum is coerced down; a negative value is INVALID_ARGUMENT (AIP-158). The server
                 *     may return fewer.
                 *
                 * @example 50
                 */
                pageSize?: components["parameters"]["pageSize"];
                /**
                 * @description The `nextPageToken` of the previous page. Opaque to clients (AIP-158).
                 * @example Cg5kZW1vLXBhZ2UtdG9rZW4
                 */
                pageToken?: components["parameters"]["pageToken"];
                /**
                 * @description When true, operations that can be read are returned and the locations that cannot be reached
                 *     are listed in the response's `unreachable` instead of failing the call (google.longrunning,
                 *     2025). A service that does not document it may answer UNIMPLEMENTED.
                 *
                 * @example false
                 */
                returnPartialSuccess?: components["parameters"]["returnPartialSuccess"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of operations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOperationsResponse"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            501: components["responses"]["Unimplemented"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    getOperation: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteOperation: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            501: components["responses"]["Unimplemented"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    cancelOperation: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelOperationRequest"];
            };
        };
        responses: {
            200: components["responses"]["Empty"];
            400: components["responses"]["CancelRejected"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            501: components["responses"]["Unimplemented"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    waitOperation: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The operation id, the segment after `operations/`.
                 * @example TRN1234567890
                 */
                operationsId: components["parameters"]["operationsId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WaitOperationRequest"];
            };
        };
        responses: {
            /** @description The latest state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["ResourceExhausted"];
            501: components["responses"]["Unimplemented"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    createModel: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Model"];
            };
        };
        responses: {
            /** @description The operation that trains the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteModel: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation that deletes the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    deployModel: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeployModelRequest"];
            };
        };
        responses: {
            /** @description The operation that deploys the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    undeployModel: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UndeployModelRequest"];
            };
        };
        responses: {
            /** @description The operation that undeploys the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    exportModel: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportModelRequest"];
            };
        };
        responses: {
            /** @description The operation that exports the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    exportEvaluatedExamples: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportEvaluatedExamplesRequest"];
            };
        };
        responses: {
            /** @description The operation that exports the evaluated examples. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    batchPredict: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The model id, the segment after `models/`.
                 * @example TBL2866487218853462016
                 */
                modelsId: components["parameters"]["modelsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchPredictRequest"];
            };
        };
        responses: {
            /** @description The operation that runs the predictions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteDataset: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation that deletes the dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    importData: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportDataRequest"];
            };
        };
        responses: {
            /** @description The operation that imports the data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
    exportData: {
        parameters: {
            query?: {
                /**
                 * @description Google's standard parameter for the error format version. Both versions carry the AIP-193 envelope.
                 * @example 2
                 */
                "$.xgafv"?: components["parameters"]["StdXgafv"];
                /**
                 * @description Google's standard parameter: an OAuth 2.0 access token, accepted instead of the Authorization
                 *     header. A token in a URL ends up in logs and histories; prefer the header.
                 *
                 * @example ya29.example-token
                 */
                access_token?: components["parameters"]["StdAccessToken"];
                /**
                 * @description Google's standard parameter for the response representation. Google's Python client sends `alt=json`.
                 * @example json
                 */
                alt?: components["parameters"]["StdAlt"];
                /**
                 * @description The system-parameter form of `alt`, as Google's gax REST transport sends it on every call:
                 *     `json;enum-encoding=int` (enums as numbers in requests it sends).
                 *
                 * @example json;enum-encoding=int
                 */
                $alt?: components["parameters"]["StdDollarAlt"];
                /**
                 * @description Google's standard parameter for a partial response: the fields of the response to return, in
                 *     FieldMask syntax with JSON names, sub-selections in parentheses and paths joined by `/`, such as
                 *     `name,done`, `operations(name,done),nextPageToken` or `metadata/progressPercent`. Inside an Any
                 *     any name may be selected and `@type` is always kept. A selection the server cannot apply (a
                 *     syntax error, a field the response does not have, a sub-selection of a scalar) is
                 *     INVALID_ARGUMENT. Error responses are not filtered.
                 *
                 * @example operations(name,done),nextPageToken
                 */
                fields?: components["parameters"]["StdFields"];
                /**
                 * @description Google's standard parameter for an API key. It identifies a project for quota; it does not authenticate AutoML calls.
                 * @example AIzaSy-example-key
                 */
                key?: components["parameters"]["StdKey"];
                /**
                 * @description Google's standard parameter, a legacy name of `access_token`.
                 * @example ya29.example-token
                 */
                oauth_token?: components["parameters"]["StdOauthToken"];
                /**
                 * @description Google's standard parameter; whether to indent the JSON response. Google's front end defaults to true.
                 * @example false
                 */
                prettyPrint?: components["parameters"]["StdPrettyPrint"];
                /**
                 * @description Google's standard parameter naming a user for quota purposes (Google asks for at most 40 characters).
                 * @example user-1234
                 */
                quotaUser?: components["parameters"]["StdQuotaUser"];
                /**
                 * @description Google's standard parameter for media uploads ("raw", "multipart"); no method here uploads media.
                 * @example raw
                 */
                upload_protocol?: components["parameters"]["StdUploadProtocol"];
                /**
                 * @description Google's legacy standard parameter for media uploads ("media", "multipart"); no method here uploads media.
                 * @example media
                 */
                uploadType?: components["parameters"]["StdUploadType"];
            };
            header?: never;
            path: {
                /**
                 * @description The project id, the segment after `projects/`.
                 * @example demo
                 */
                projectsId: components["parameters"]["projectsId"];
                /**
                 * @description The location id, the segment after `locations/`. AutoML serves `us-central1`.
                 * @example us-central1
                 */
                locationsId: components["parameters"]["locationsId"];
                /**
                 * @description The dataset id, the segment after `datasets/`.
                 * @example TBL5314616996136591360
                 */
                datasetsId: components["parameters"]["datasetsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportDataRequest"];
            };
        };
        responses: {
            /** @description The operation that exports the data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["ResourceNotFound"];
            429: components["responses"]["ResourceExhausted"];
            503: components["responses"]["Unavailable"];
            default: components["responses"]["Error"];
        };
    };
}
