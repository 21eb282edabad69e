from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_feedback_survey_type import SurveyFeedbackSurveyType
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
    from ..models.change import Change
    from ..models.extra_copilot_metrics import ExtraCopilotMetrics


T = TypeVar("T", bound="SurveyFeedback")


@_attrs_define
class SurveyFeedback(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        survey_type (SurveyFeedbackSurveyType | Unset):
        rating (int | Unset): A rating based on numbers from 1 to 5.
        comment (str | Unset): A comment given in addition to the highest rating.
        contact_request (str | Unset):
        extra_copilot_metrics (ExtraCopilotMetrics | Unset): Additional metrics for Copilot-related feedback
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    survey_type: SurveyFeedbackSurveyType | Unset = UNSET
    rating: int | Unset = UNSET
    comment: str | Unset = UNSET
    contact_request: str | Unset = UNSET
    extra_copilot_metrics: ExtraCopilotMetrics | Unset = UNSET
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
        _v = self.survey_type
        if _v is not UNSET:
            field_dict["surveyType"] = _v._value_
        _v = self.rating
        if _v is not UNSET:
            field_dict["rating"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.contact_request
        if _v is not UNSET:
            field_dict["contactRequest"] = _v
        _v = self.extra_copilot_metrics
        if _v is not UNSET:
            field_dict["extraCopilotMetrics"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SurveyFeedback from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SurveyFeedback.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.extra_copilot_metrics import ExtraCopilotMetrics  # noqa: PLC0415

        _new = object.__new__
        _e_survey_type: dict[Any, Any] = enum_members(SurveyFeedbackSurveyType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "surveyType",
                "rating",
                "comment",
                "contactRequest",
                "extraCopilotMetrics",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "rating": "rating",
            "comment": "comment",
            "contactRequest": "contact_request",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.survey_type = o.rating = o.comment = o.contact_request = (
                        o.extra_copilot_metrics
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
                    o.id = o.version = o.changes = o.url = o.survey_type = o.rating = o.comment = o.contact_request = (
                        o.extra_copilot_metrics
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
                k = "surveyType"
                v = g("surveyType")
                if v is None:
                    o.survey_type = u
                    if "surveyType" not in d:
                        m += 1
                else:
                    o.survey_type = (
                        e_ if (e_ := _e_survey_type.get(v)) is not None else enum_value(SurveyFeedbackSurveyType, v)
                    )
                v = g("rating")
                if v is None:
                    o.rating = u
                    if "rating" not in d:
                        m += 1
                else:
                    o.rating = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("contactRequest")
                if v is None:
                    o.contact_request = u
                    if "contactRequest" not in d:
                        m += 1
                else:
                    o.contact_request = v
                k = "extraCopilotMetrics"
                v = g("extraCopilotMetrics")
                if v is None:
                    o.extra_copilot_metrics = u
                    if "extraCopilotMetrics" not in d:
                        m += 1
                else:
                    o.extra_copilot_metrics = ExtraCopilotMetrics._tx_parse(v)
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
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("survey_type", "surveyType"),
            ("rating", "rating"),
            ("comment", "comment"),
            ("contact_request", "contactRequest"),
            ("extra_copilot_metrics", "extraCopilotMetrics"),
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
            v = s.survey_type
            o.survey_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_survey_type.get(v)) is not None
                else enum_value(SurveyFeedbackSurveyType, v)
            )
            v = s.rating
            o.rating = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.contact_request
            o.contact_request = u if v is None else v
            v = s.extra_copilot_metrics
            o.extra_copilot_metrics = u if v is None or v is u else ExtraCopilotMetrics._tx_parse(v)
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
