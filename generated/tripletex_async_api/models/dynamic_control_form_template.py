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
    from ..models.dynamic_form_field import DynamicFormField


T = TypeVar("T", bound="DynamicControlFormTemplate")


@_attrs_define
class DynamicControlFormTemplate(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        type_ (str | Unset):
        display_name (str | Unset):
        description (str | Unset):
        form_version (str | Unset):
        type_number (int | Unset):
        previous_template_id (int | Unset):
        root_template_id (int | Unset):
        is_archived (bool | Unset):
        is_nelfo (bool | Unset):
        nho_version (str | Unset):
        signature_required (bool | Unset):
        fields (list[DynamicFormField] | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    type_: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    form_version: str | Unset = UNSET
    type_number: int | Unset = UNSET
    previous_template_id: int | Unset = UNSET
    root_template_id: int | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_nelfo: bool | Unset = UNSET
    nho_version: str | Unset = UNSET
    signature_required: bool | Unset = UNSET
    fields: list[DynamicFormField] | Unset = UNSET
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
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.form_version
        if _v is not UNSET:
            field_dict["formVersion"] = _v
        _v = self.type_number
        if _v is not UNSET:
            field_dict["typeNumber"] = _v
        _v = self.previous_template_id
        if _v is not UNSET:
            field_dict["previousTemplateId"] = _v
        _v = self.root_template_id
        if _v is not UNSET:
            field_dict["rootTemplateId"] = _v
        _v = self.is_archived
        if _v is not UNSET:
            field_dict["isArchived"] = _v
        _v = self.is_nelfo
        if _v is not UNSET:
            field_dict["isNelfo"] = _v
        _v = self.nho_version
        if _v is not UNSET:
            field_dict["nhoVersion"] = _v
        _v = self.signature_required
        if _v is not UNSET and not _in_request:
            field_dict["signatureRequired"] = _v
        _v = self.fields
        if _v is not UNSET:
            field_dict["fields"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DynamicControlFormTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DynamicControlFormTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.dynamic_form_field import DynamicFormField  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "type",
                "displayName",
                "description",
                "formVersion",
                "typeNumber",
                "previousTemplateId",
                "rootTemplateId",
                "isArchived",
                "isNelfo",
                "nhoVersion",
                "signatureRequired",
                "fields",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "type": "type_",
            "displayName": "display_name",
            "description": "description",
            "formVersion": "form_version",
            "typeNumber": "type_number",
            "previousTemplateId": "previous_template_id",
            "rootTemplateId": "root_template_id",
            "isArchived": "is_archived",
            "isNelfo": "is_nelfo",
            "nhoVersion": "nho_version",
            "signatureRequired": "signature_required",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.type_ = o.display_name = o.description = o.form_version = (
                        o.type_number
                    ) = o.previous_template_id = o.root_template_id = o.is_archived = o.is_nelfo = o.nho_version = (
                        o.signature_required
                    ) = o.fields = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.type_ = o.display_name = o.description = o.form_version = (
                        o.type_number
                    ) = o.previous_template_id = o.root_template_id = o.is_archived = o.is_nelfo = o.nho_version = (
                        o.signature_required
                    ) = o.fields = UNSET
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
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("formVersion")
                if v is None:
                    o.form_version = u
                    if "formVersion" not in d:
                        m += 1
                else:
                    o.form_version = v
                v = g("typeNumber")
                if v is None:
                    o.type_number = u
                    if "typeNumber" not in d:
                        m += 1
                else:
                    o.type_number = v
                v = g("previousTemplateId")
                if v is None:
                    o.previous_template_id = u
                    if "previousTemplateId" not in d:
                        m += 1
                else:
                    o.previous_template_id = v
                v = g("rootTemplateId")
                if v is None:
                    o.root_template_id = u
                    if "rootTemplateId" not in d:
                        m += 1
                else:
                    o.root_template_id = v
                v = g("isArchived")
                if v is None:
                    o.is_archived = u
                    if "isArchived" not in d:
                        m += 1
                else:
                    o.is_archived = v
                v = g("isNelfo")
                if v is None:
                    o.is_nelfo = u
                    if "isNelfo" not in d:
                        m += 1
                else:
                    o.is_nelfo = v
                v = g("nhoVersion")
                if v is None:
                    o.nho_version = u
                    if "nhoVersion" not in d:
                        m += 1
                else:
                    o.nho_version = v
                v = g("signatureRequired")
                if v is None:
                    o.signature_required = u
                    if "signatureRequired" not in d:
                        m += 1
                else:
                    o.signature_required = v
                k = "fields"
                v = g("fields")
                if v is None:
                    o.fields = u
                    if "fields" not in d:
                        m += 1
                else:
                    o.fields = (
                        ([DynamicFormField._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("type_", "type"),
            ("display_name", "displayName"),
            ("description", "description"),
            ("form_version", "formVersion"),
            ("type_number", "typeNumber"),
            ("previous_template_id", "previousTemplateId"),
            ("root_template_id", "rootTemplateId"),
            ("is_archived", "isArchived"),
            ("is_nelfo", "isNelfo"),
            ("nho_version", "nhoVersion"),
            ("signature_required", "signatureRequired"),
            ("fields", "fields"),
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
            v = s.type_
            o.type_ = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.form_version
            o.form_version = u if v is None else v
            v = s.type_number
            o.type_number = u if v is None else v
            v = s.previous_template_id
            o.previous_template_id = u if v is None else v
            v = s.root_template_id
            o.root_template_id = u if v is None else v
            v = s.is_archived
            o.is_archived = u if v is None else v
            v = s.is_nelfo
            o.is_nelfo = u if v is None else v
            v = s.nho_version
            o.nho_version = u if v is None else v
            v = s.signature_required
            o.signature_required = u if v is None else v
            v = s.fields
            o.fields = (
                u
                if v is None or v is u
                else ([DynamicFormField._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
