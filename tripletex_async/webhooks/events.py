"""Webhook event names, the delivery envelope and its parsing into the generated models.

A delivery's body is ``{"subscriptionId": 1, "event": "customer.update", "id": 42, "value": {...}}``
(``value`` is ``null`` for ``*.delete``). ``parse_event`` turns it into a ``WebhookEvent`` whose
``value`` is the generated model of the event's resource (``customer`` -> ``Customer``, ...), or the
raw dict for resources without a known model.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from ..errors import ConfigurationError, EnvelopeError

__all__ = [
    "EVENT_NAME_PATTERN",
    "RESOURCE_MODELS",
    "EnvelopeError",
    "EventName",
    "KnownEvent",
    "Verb",
    "WebhookEvent",
    "model_for",
    "parse_event",
    "split_event_name",
    "validate_event_name",
]

Verb = Literal["create", "update", "delete"]

# *subject.verb* as the spec describes it ("Form should be: subject.verb"); subjects may be dotted.
EVENT_NAME_PATTERN = re.compile(r"^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*\.[a-z][A-Za-z0-9]*$")

# Resource (the event name's subject) -> generated model class name in tripletex_async_api.models.
RESOURCE_MODELS: dict[str, str] = {
    "account": "Account",
    "activity": "Activity",
    "contact": "Contact",
    "customer": "Customer",
    "department": "Department",
    "employee": "Employee",
    "invoice": "Invoice",
    "order": "Order",
    "orderline": "OrderLine",
    "product": "Product",
    "project": "Project",
    "supplier": "Supplier",
    "timesheetentry": "TimesheetEntry",
    "voucher": "Voucher",
}


class KnownEvent(StrEnum):
    """Event names this package knows (``GET /event`` is the authority; unknown names are allowed)."""

    ACCOUNT_CREATE = "account.create"
    ACCOUNT_UPDATE = "account.update"
    ACCOUNT_DELETE = "account.delete"
    ACTIVITY_CREATE = "activity.create"
    ACTIVITY_UPDATE = "activity.update"
    ACTIVITY_DELETE = "activity.delete"
    CONTACT_CREATE = "contact.create"
    CONTACT_UPDATE = "contact.update"
    CONTACT_DELETE = "contact.delete"
    CUSTOMER_CREATE = "customer.create"
    CUSTOMER_UPDATE = "customer.update"
    CUSTOMER_DELETE = "customer.delete"
    DEPARTMENT_CREATE = "department.create"
    DEPARTMENT_UPDATE = "department.update"
    DEPARTMENT_DELETE = "department.delete"
    EMPLOYEE_CREATE = "employee.create"
    EMPLOYEE_UPDATE = "employee.update"
    EMPLOYEE_DELETE = "employee.delete"
    INVOICE_CREATE = "invoice.create"
    INVOICE_UPDATE = "invoice.update"
    INVOICE_DELETE = "invoice.delete"
    ORDER_CREATE = "order.create"
    ORDER_UPDATE = "order.update"
    ORDER_DELETE = "order.delete"
    PRODUCT_CREATE = "product.create"
    PRODUCT_UPDATE = "product.update"
    PRODUCT_DELETE = "product.delete"
    PROJECT_CREATE = "project.create"
    PROJECT_UPDATE = "project.update"
    PROJECT_DELETE = "project.delete"
    SUPPLIER_CREATE = "supplier.create"
    SUPPLIER_UPDATE = "supplier.update"
    SUPPLIER_DELETE = "supplier.delete"
    VOUCHER_CREATE = "voucher.create"
    VOUCHER_UPDATE = "voucher.update"
    VOUCHER_DELETE = "voucher.delete"


# What the helpers accept: a known name (typed) or any well-formed string.
EventName = KnownEvent | str


def validate_event_name(name: str) -> str:
    """``name`` if it has the form *subject.verb* (``customer.create``), else ``ConfigurationError`` (a ``ValueError``)."""
    if not isinstance(name, str) or not EVENT_NAME_PATTERN.fullmatch(name):
        raise ConfigurationError(
            f"not a webhook event name (expected subject.verb, e.g. customer.create): {name!r}"
        )
    return str(name)


def split_event_name(name: str) -> tuple[str, str]:
    """``("customer", "create")`` for ``customer.create`` (the subject may itself contain dots)."""
    subject, _, verb = validate_event_name(name).rpartition(".")
    return subject, verb


def model_for(resource: str) -> type[Any] | None:
    """The generated model class for a resource (``customer`` -> ``Customer``), or None if unknown."""
    name = RESOURCE_MODELS.get(resource.lower())
    if name is None:
        return None
    models = importlib.import_module("tripletex_async_api.models")
    cls: type[Any] = getattr(models, name)
    return cls


@dataclass(frozen=True)
class WebhookEvent:
    """One delivered event. ``value`` is the resource's generated model (None on delete)."""

    event: str
    resource: str
    verb: str
    id: int | None
    subscription_id: int | None
    value: Any
    raw_value: dict[str, Any] | None
    idempotency_key: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    #: why ``value`` is None although ``raw_value`` is not: the value did not fit the model
    value_error: str | None = None

    @property
    def is_delete(self) -> bool:
        return self.verb == "delete"


def parse_event(envelope: Any, *, idempotency_key: str | None = None, strict: bool = True) -> WebhookEvent:
    """Parse a decoded delivery body into a ``WebhookEvent`` (``EnvelopeError`` if malformed).

    A ``value`` that does not fit the resource's model is an ``EnvelopeError`` when ``strict``;
    otherwise the event comes back with ``value=None``, the ``raw_value`` and ``value_error``.
    """
    if not isinstance(envelope, Mapping):
        raise EnvelopeError("webhook body must be a JSON object")
    name = envelope.get("event")
    if not isinstance(name, str):
        raise EnvelopeError("webhook body has no 'event'")
    try:
        resource, verb = split_event_name(name)
    except ValueError as exc:
        raise EnvelopeError(str(exc)) from exc
    ident = envelope.get("id")
    sub_id = envelope.get("subscriptionId")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, int)):
        raise EnvelopeError(f"webhook 'id' must be an integer, got {ident!r}")
    if sub_id is not None and (isinstance(sub_id, bool) or not isinstance(sub_id, int)):
        raise EnvelopeError(f"webhook 'subscriptionId' must be an integer, got {sub_id!r}")
    raw_value = envelope.get("value")
    if raw_value is not None and not isinstance(raw_value, dict):
        raise EnvelopeError("webhook 'value' must be an object or null")
    value: Any = None
    value_error: str | None = None
    if raw_value is not None:
        cls = model_for(resource)
        if cls is None:
            value = raw_value
        else:
            try:
                value = cls.from_dict(raw_value)
            except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
                value_error = f"webhook 'value' is not a {cls.__name__}: {type(exc).__name__}: {exc}"
                if strict:
                    raise EnvelopeError(value_error) from exc
    return WebhookEvent(
        event=name,
        resource=resource,
        verb=verb,
        id=ident,
        subscription_id=sub_id,
        value=value,
        raw_value=raw_value,
        idempotency_key=idempotency_key,
        raw=dict(envelope),
        value_error=value_error,
    )
