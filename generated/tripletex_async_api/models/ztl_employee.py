from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.ztl_consent import ZtlConsent


T = TypeVar("T", bound="ZtlEmployee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("consent", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ZtlEmployee(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        picture_id (int | Unset): [read-only]
        company_id (int | Unset): [read-only]
        consent (ZtlConsent | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    picture_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    consent: ZtlConsent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        picture_id = self.picture_id

        company_id = self.company_id

        consent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if picture_id is not UNSET and not _in_request:
            field_dict["pictureId"] = picture_id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlEmployee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.ztl_consent import ZtlConsent  # noqa: PLC0415

        def _p_consent(_tx_v: Any) -> ZtlConsent | Unset:
            _consent = _tx_v
            consent: ZtlConsent | Unset
            if isinstance(_consent, Unset):
                consent = UNSET
            else:
                consent = ZtlConsent._tx_from_json(_consent)

            return consent

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "pictureId",
                "companyId",
                "consent",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "picture_id": ("pictureId", None),
            "company_id": ("companyId", None),
            "consent": ("consent", _p_consent),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
