from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anomaly_check_type import AnomalyCheckType
from ..models.anomaly_status import AnomalyStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.comment import Comment
    from ..models.company import Company


T = TypeVar("T", bound="Anomaly")


@_attrs_define
class Anomaly(Model):
    """
    Attributes:
        id (int | Unset): Anomaly ID
        check_type (AnomalyCheckType | Unset): Anomaly Check Type
        title (str | Unset): Anomaly title
        description (str | Unset): Anomaly description
        labels (list[str] | Unset): Labels associated with the anomaly
        date (str | Unset): Date of the anomaly
        status (AnomalyStatus | Unset): Anomaly status
        company (Company | Unset): Vendor of the product
        comments (list[Comment] | Unset): Comments on the anomaly
    """

    id: int | Unset = UNSET
    check_type: AnomalyCheckType | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    date: str | Unset = UNSET
    status: AnomalyStatus | Unset = UNSET
    company: Company | Unset = UNSET
    comments: list[Comment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.check_type
        if _v is not UNSET and not _in_request:
            field_dict["checkType"] = _v._value_
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.labels
        if _v is not UNSET and not _in_request:
            field_dict["labels"] = _v
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.comments
        if _v is not UNSET and not _in_request:
            field_dict["comments"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Anomaly from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Anomaly.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415

        _new = object.__new__
        _e_check_type: dict[Any, Any] = enum_members(AnomalyCheckType)
        _e_status: dict[Any, Any] = enum_members(AnomalyStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "checkType",
                "title",
                "description",
                "labels",
                "date",
                "status",
                "company",
                "comments",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "title": "title",
            "description": "description",
            "date": "date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.check_type = o.title = o.description = o.labels = o.date = o.status = o.company = (
                        o.comments
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
                k = "checkType"
                v = g("checkType")
                if v is None:
                    o.check_type = u
                    if "checkType" not in d:
                        m += 1
                else:
                    o.check_type = e_ if (e_ := _e_check_type.get(v)) is not None else enum_value(AnomalyCheckType, v)
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "labels"
                v = g("labels")
                if v is None:
                    o.labels = u
                    if "labels" not in d:
                        m += 1
                else:
                    o.labels = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(AnomalyStatus, v)
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                k = "comments"
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = (
                        ([Comment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("check_type", "checkType"),
            ("title", "title"),
            ("description", "description"),
            ("labels", "labels"),
            ("date", "date"),
            ("status", "status"),
            ("company", "company"),
            ("comments", "comments"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.check_type
            o.check_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_check_type.get(v)) is not None
                else enum_value(AnomalyCheckType, v)
            )
            v = s.title
            o.title = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.labels
            o.labels = u if v is None or v is u else v
            v = s.date
            o.date = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(AnomalyStatus, v)
            )
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.comments
            o.comments = (
                u
                if v is None or v is u
                else ([Comment._tx_parse(e) for e in v if e is not None] if v else [])
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
