"""The pydantic schemas the API is built from, found by walking its operations."""

import typing

from pydantic import BaseModel

from biliktilik.config.api import api


def models_in(annotation) -> set[type[BaseModel]]:
    """Every schema an annotation names, nested ones included."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        found = {annotation}
        for field in annotation.model_fields.values():
            found |= models_in(field.annotation)
        return found
    return {m for arg in typing.get_args(annotation) for m in models_in(arg)}


def operation_schemas(*, responses: bool) -> set[type[BaseModel]]:
    """The schemas operations read a query, a path or a body with (and answer with, when
    ``responses``), ninja's own wrappers left out."""
    found = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                wrappers = list(operation.models)
                if responses:
                    wrappers += list(operation.response_models.values())
                for wrapper in filter(None, wrappers):
                    for field in wrapper.model_fields.values():
                        found |= models_in(field.annotation)
    return found
