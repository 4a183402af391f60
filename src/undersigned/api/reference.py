"""The API reference page, rendered on the server from the API's own OpenAPI document.

Swagger UI (at /api/swagger/, its files served from django-ninja's static files) lets a developer try
requests; this page is the documentation everyone can read: plain HTML, no script, nothing from another
host, and it cannot drift from the API because it is drawn from the same document schemathesis fuzzes.
"""

METHODS = ("get", "post", "put", "patch", "delete")


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def describe_type(schema: dict) -> str:
    """A schema as a short phrase.

    >>> describe_type({"anyOf": [{"type": "string", "pattern": "^[a-z]+$"}, {"type": "null"}]})
    'string matching ^[a-z]+$, or null'
    >>> describe_type({"type": "array", "items": {"$ref": "#/components/schemas/SignatoryOut"}})
    'list of SignatoryOut'
    """
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    if "anyOf" in schema:
        return ", or ".join(describe_type(option) for option in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(f'"{value}"' for value in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {describe_type(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema:
        return f"map of {describe_type(schema['additionalProperties'])}"
    notes = []
    if "pattern" in schema:
        notes.append(f"matching {schema['pattern']}")
    if "minimum" in schema and "maximum" in schema:
        notes.append(f"{schema['minimum']}–{schema['maximum']}")
    if "maxLength" in schema:
        notes.append(f"at most {schema['maxLength']} characters")
    if "format" in schema:
        notes.append(schema["format"])
    return " ".join([kind, *notes])


def _fields(schema: dict) -> list[dict]:
    required = set(schema.get("required", []))
    return [
        {
            "name": name,
            "type": describe_type(field),
            "required": name in required,
            "default": field.get("default"),
            "description": field.get("description", ""),
        }
        for name, field in schema.get("properties", {}).items()
    ]


def _body_schema(operation: dict, components: dict) -> tuple[str, list[dict]]:
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if not content:
        return "", []
    schema = content["schema"]
    name = _ref_name(schema["$ref"]) if "$ref" in schema else ""
    return name, _fields(components.get(name, schema))


def reference(document: dict) -> dict:
    """What the reference page shows, from an OpenAPI document."""
    components = document.get("components", {}).get("schemas", {})
    operations = []
    for path, methods in document["paths"].items():
        for method in METHODS:
            if method not in methods:
                continue
            operation = methods[method]
            body_name, body = _body_schema(operation, components)
            operations.append(
                {
                    "id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "in": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": describe_type(parameter.get("schema", {})),
                            "description": parameter.get("description", "")
                            or parameter.get("schema", {}).get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "body_name": body_name,
                    "body": body,
                    "responses": [
                        {
                            "status": status,
                            "description": response.get("description", ""),
                            "type": describe_type(response["content"]["application/json"]["schema"])
                            if "application/json" in response.get("content", {})
                            else "",
                        }
                        for status, response in operation.get("responses", {}).items()
                    ],
                }
            )
    schemas = [
        {"name": name, "fields": _fields(schema)}
        for name, schema in components.items()
        if schema.get("type") == "object" and schema.get("properties")
    ]
    return {
        "title": document["info"]["title"],
        "version": document["info"]["version"],
        "description": document["info"].get("description", ""),
        "operations": operations,
        "schemas": schemas,
    }
