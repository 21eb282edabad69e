from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.ztl_consent import ZtlConsent


T = TypeVar("T", bound="ZtlEmployee")


@_attrs_define
class ZtlEmployee:
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
        from ..models.ztl_consent import ZtlConsent  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        picture_id = d.pop("pictureId", UNSET)

        company_id = d.pop("companyId", UNSET)

        _consent = d.pop("consent", UNSET)
        consent: ZtlConsent | Unset
        if isinstance(_consent, Unset):
            consent = UNSET
        else:
            consent = ZtlConsent.from_dict(_consent)

        _obj = cls(
            id=id,
            name=name,
            picture_id=picture_id,
            company_id=company_id,
            consent=consent,
        )

        _obj.additional_properties = d
        return _obj

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
