package app.farol.serve;

/**
 * A request the API refuses, answered with OpenAI's error object:
 * {@code {"error":{"message":..,"type":..,"param":..,"code":..}}}.
 */
final class ApiError extends RuntimeException {
    final int status;
    final String type;
    final String param;
    final String code;

    ApiError(int status, String type, String message, String param, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static ApiError invalid(String message, String param) {
        return new ApiError(400, "invalid_request_error", message, param, null);
    }

    static ApiError unauthorized() {
        return new ApiError(
                401,
                "invalid_request_error",
                "Missing or wrong API token: send 'Authorization: Bearer <token>' with the token of the file given to --token-file.",
                null,
                "invalid_api_key");
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "invalid_request_error", what, null, "not_found");
    }

    static ApiError tooLarge(int limit) {
        return new ApiError(
                413,
                "invalid_request_error",
                "Request body larger than " + limit + " bytes.",
                null,
                "request_too_large");
    }

    static ApiError rateLimited(int perMinute) {
        return new ApiError(
                429,
                "rate_limit_error",
                "More than " + perMinute + " requests a minute from this address: wait and retry.",
                null,
                "rate_limit_exceeded");
    }
}
