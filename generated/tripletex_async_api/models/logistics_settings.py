from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="LogisticsSettings")


@_attrs_define
class LogisticsSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        has_warehouse_location (bool | Unset):
        show_onboarding_wizard (bool | Unset):
        module_suggested_product_number (bool | Unset):
        suggested_product_number (str | Unset):
        purchase_order_default_comment (str | Unset):
        rackbeat_agreement_number (str | Unset): Agreement number provided to customers using Rackbeat integration
        module_bring (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    has_warehouse_location: bool | Unset = UNSET
    show_onboarding_wizard: bool | Unset = UNSET
    module_suggested_product_number: bool | Unset = UNSET
    suggested_product_number: str | Unset = UNSET
    purchase_order_default_comment: str | Unset = UNSET
    rackbeat_agreement_number: str | Unset = UNSET
    module_bring: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.has_warehouse_location
        if _v is not UNSET:
            field_dict["hasWarehouseLocation"] = _v
        _v = self.show_onboarding_wizard
        if _v is not UNSET:
            field_dict["showOnboardingWizard"] = _v
        _v = self.module_suggested_product_number
        if _v is not UNSET:
            field_dict["moduleSuggestedProductNumber"] = _v
        _v = self.suggested_product_number
        if _v is not UNSET:
            field_dict["suggestedProductNumber"] = _v
        _v = self.purchase_order_default_comment
        if _v is not UNSET:
            field_dict["purchaseOrderDefaultComment"] = _v
        _v = self.rackbeat_agreement_number
        if _v is not UNSET and not _in_request:
            field_dict["rackbeatAgreementNumber"] = _v
        _v = self.module_bring
        if _v is not UNSET:
            field_dict["moduleBring"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LogisticsSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LogisticsSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "hasWarehouseLocation",
                "showOnboardingWizard",
                "moduleSuggestedProductNumber",
                "suggestedProductNumber",
                "purchaseOrderDefaultComment",
                "rackbeatAgreementNumber",
                "moduleBring",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "hasWarehouseLocation": "has_warehouse_location",
            "showOnboardingWizard": "show_onboarding_wizard",
            "moduleSuggestedProductNumber": "module_suggested_product_number",
            "suggestedProductNumber": "suggested_product_number",
            "purchaseOrderDefaultComment": "purchase_order_default_comment",
            "rackbeatAgreementNumber": "rackbeat_agreement_number",
            "moduleBring": "module_bring",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.has_warehouse_location = o.show_onboarding_wizard = (
                        o.module_suggested_product_number
                    ) = o.suggested_product_number = o.purchase_order_default_comment = o.rackbeat_agreement_number = (
                        o.module_bring
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.has_warehouse_location = o.show_onboarding_wizard = (
                        o.module_suggested_product_number
                    ) = o.suggested_product_number = o.purchase_order_default_comment = o.rackbeat_agreement_number = (
                        o.module_bring
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("hasWarehouseLocation")
                if v is None:
                    o.has_warehouse_location = u
                    if "hasWarehouseLocation" not in d:
                        m += 1
                else:
                    o.has_warehouse_location = v
                v = g("showOnboardingWizard")
                if v is None:
                    o.show_onboarding_wizard = u
                    if "showOnboardingWizard" not in d:
                        m += 1
                else:
                    o.show_onboarding_wizard = v
                v = g("moduleSuggestedProductNumber")
                if v is None:
                    o.module_suggested_product_number = u
                    if "moduleSuggestedProductNumber" not in d:
                        m += 1
                else:
                    o.module_suggested_product_number = v
                v = g("suggestedProductNumber")
                if v is None:
                    o.suggested_product_number = u
                    if "suggestedProductNumber" not in d:
                        m += 1
                else:
                    o.suggested_product_number = v
                v = g("purchaseOrderDefaultComment")
                if v is None:
                    o.purchase_order_default_comment = u
                    if "purchaseOrderDefaultComment" not in d:
                        m += 1
                else:
                    o.purchase_order_default_comment = v
                v = g("rackbeatAgreementNumber")
                if v is None:
                    o.rackbeat_agreement_number = u
                    if "rackbeatAgreementNumber" not in d:
                        m += 1
                else:
                    o.rackbeat_agreement_number = v
                v = g("moduleBring")
                if v is None:
                    o.module_bring = u
                    if "moduleBring" not in d:
                        m += 1
                else:
                    o.module_bring = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("has_warehouse_location", "hasWarehouseLocation"),
            ("show_onboarding_wizard", "showOnboardingWizard"),
            ("module_suggested_product_number", "moduleSuggestedProductNumber"),
            ("suggested_product_number", "suggestedProductNumber"),
            ("purchase_order_default_comment", "purchaseOrderDefaultComment"),
            ("rackbeat_agreement_number", "rackbeatAgreementNumber"),
            ("module_bring", "moduleBring"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.has_warehouse_location
            o.has_warehouse_location = u if v is None else v
            v = s.show_onboarding_wizard
            o.show_onboarding_wizard = u if v is None else v
            v = s.module_suggested_product_number
            o.module_suggested_product_number = u if v is None else v
            v = s.suggested_product_number
            o.suggested_product_number = u if v is None else v
            v = s.purchase_order_default_comment
            o.purchase_order_default_comment = u if v is None else v
            v = s.rackbeat_agreement_number
            o.rackbeat_agreement_number = u if v is None else v
            v = s.module_bring
            o.module_bring = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
