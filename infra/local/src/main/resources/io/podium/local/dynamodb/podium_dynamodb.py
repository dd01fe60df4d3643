"""Podium's local DynamoDB engine: moto's DynamoDB (Apache-2.0) behind a launcher that makes it safe for Podium.

Unmodified, moto's server loses acknowledged writes under concurrency (a cancelled transaction restores a copy of
whole tables), copies whole tables per transaction, scans a whole table per Query, ignores ClientRequestToken and
some of AWS's request limits, reports fixed capacity and keeps nothing across a restart. This launcher:

- serializes requests behind one lock (moto's structures are not thread-safe, and the GIL gives no parallelism to
  win back with finer locks);
- runs transactions that save and restore only the items they touch;
- answers Query from sorted per-partition and per-index key lists kept next to moto's items;
- honours ClientRequestToken for 10 minutes, enforces AWS's request limits, reports capacity by AWS's rules;
- appends every write to a log before answering, and compacts the log into a snapshot on shutdown and past a bound;
- keeps no item that was replaced or deleted (moto keeps every model object it makes, for its dashboard).

It relies on moto's internals, so it runs only on the moto version it was written against (MOTO_VERSION).
The local runtime starts it as `python3 podium_dynamodb.py --data-dir DIR` and reads "READY <port>" from stdout.
It exits when its stdin closes, which happens when the runtime closes it or dies, even by SIGKILL.
"""
import argparse
import base64
import bisect
import copy
import decimal
import fcntl
import gc
import hashlib
import http.server
import json
import math
import os
import re
import sys
import threading
import time
import uuid
import zlib

MOTO_VERSION = "5.2.1"
ACCOUNT = "123456789012"
REGION = "us-east-1"
TOKEN_SECONDS = 600
MAX_ITEM_BYTES = 400 * 1024
TABLE_ACTIONS = {"CreateTable", "UpdateTable", "DeleteTable", "UpdateTimeToLive"}
FAST_ANSWERS = {"Query", "GetItem", "BatchGetItem", "Scan", "TransactGetItems"}
WRITE_ACTIONS = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"}


def check_moto_version():
    try:
        import moto
    except ImportError:
        fail(f"podium-dynamodb: moto is not installed; run: pip install 'moto[server]=={MOTO_VERSION}'")
    if moto.__version__ != MOTO_VERSION:
        fail(f"podium-dynamodb: needs moto {MOTO_VERSION}, found {moto.__version__}; "
             f"run: pip install 'moto[server]=={MOTO_VERSION}'")


def dumps(value, **options):
    """JSON as DynamoDB writes it: moto keeps some binary values as bytes, which go out in base64."""
    return json.dumps(value, separators=(",", ":"), default=base64_text, **options)


def base64_text(value):
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON")


def fail(line):
    try:
        print(line, file=sys.stderr, flush=True)
    finally:
        os._exit(3)  # from any thread (the start-up load runs in one of its own), and even when stderr is gone


def crash(what):
    """Stops at once: the runtime sees its engine gone rather than an engine whose log lies. A runtime that died
    leaves no reader on stderr: the process stops all the same."""
    try:
        import traceback
        traceback.print_exc()
        print(f"podium-dynamodb: {what}; stopping", file=sys.stderr, flush=True)
    finally:
        os._exit(70)


# ---------------------------------------------------------------------------------------------------------------
# Sizes and capacity, by the rules of the DynamoDB developer guide (the same rules as the benchmark's ItemSize).

def value_size(value):
    kind, v = next(iter(value.items()))
    if kind == "S":
        return len(v.encode("utf-8"))
    if kind == "N":
        digits = sum(c.isdigit() for c in v.lstrip("-").lstrip("0") or "0")
        return (digits + 1) // 2 + 1
    if kind == "B":
        return len(base64.b64decode(v)) if isinstance(v, str) else len(v)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "L":
        return 3 + sum(1 + value_size(e) for e in v)
    if kind == "M":
        return 3 + sum(1 + len(k.encode("utf-8")) + value_size(e) for k, e in v.items())
    if kind == "SS":
        return sum(len(s.encode("utf-8")) for s in v)
    if kind == "NS":
        return sum(value_size({"N": n}) for n in v)
    if kind == "BS":
        return sum(value_size({"B": b}) for b in v)
    return 0


def item_size(attrs):
    return sum(len(k.encode("utf-8")) + value_size(v) for k, v in attrs.items()) if attrs else 0


def write_units(old_size, new_size):
    return max(1, math.ceil(max(old_size, new_size) / 1024))


def read_units(size, consistent):
    units = max(1, math.ceil(size / 4096))
    return units if consistent else units / 2


# ---------------------------------------------------------------------------------------------------------------
# Keys: moto keeps items as table.items[hash][range] of DynamoType; sorting uses native Python values instead.

def native(dynamo_type):
    kind, v = dynamo_type.type, dynamo_type.value
    if kind == "N":
        return decimal.Decimal(v)
    if kind == "B":
        return base64.b64decode(v) if isinstance(v, str) else v
    return v


def key_of(table, attrs):
    """(hash, range) DynamoTypes of an item or key, or None when an attribute of the key is missing."""
    if table.hash_key_attr not in attrs:
        return None
    hash_key = DynamoType(attrs[table.hash_key_attr])
    if table.range_key_attr is None:
        return hash_key, None
    if table.range_key_attr not in attrs:
        return None
    return hash_key, DynamoType(attrs[table.range_key_attr])


def stored(table, hash_key, range_key):
    return table.items.get(hash_key, {}).get(range_key) if range_key is not None else table.items.get(hash_key)


def store(table, hash_key, range_key, item):
    """Puts an item back, or removes it when item is None, without moto's checks: for restores and replays."""
    if range_key is not None:
        if item is None:
            table.items.get(hash_key, {}).pop(range_key, None)
        else:
            table.items[hash_key][range_key] = item
    elif item is None:
        table.items.pop(hash_key, None)
    else:
        table.items[hash_key] = item


def attrs_json(item):
    return None if item is None else item.to_json()["Attributes"]


def fast_value(value):
    """A DynamoType without moto's generic constructor, for the scalars that make up nearly every stored item."""
    kind, v = next(iter(value.items()))
    if kind == "L" or kind == "M":
        return DynamoType(value)
    typed = DynamoType.__new__(DynamoType)
    typed.type, typed.value = kind, v
    return typed


def fast_item(table, attrs):
    """(hash, range, Item) from stored attributes, skipping moto's per-attribute size validation (the item passed it
    when it was written): a start replays every stored item through here."""
    item = object.__new__(Item)  # not Item.__new__: moto would track it (see Untracked)
    item.attrs = LimitedSizeDict.__new__(LimitedSizeDict)
    for name, value in attrs.items():
        dict.__setitem__(item.attrs, name, fast_value(value))
    item.hash_key = item.attrs[table.hash_key_attr]
    item.range_key = item.attrs[table.range_key_attr] if table.range_key_attr is not None else None
    return item.hash_key, item.range_key, item


class SortedKeys:
    """The items of one partition (of the table or of an index) in key order, as sorted (sort tuple, pointer)."""

    def __init__(self):
        self.keys = []

    def add(self, entry):
        bisect.insort(self.keys, entry)

    def remove(self, entry):
        i = bisect.bisect_left(self.keys, entry)
        if i < len(self.keys) and self.keys[i] == entry:
            del self.keys[i]


class TableIndexes:
    """Sorted keys of one table: per base-table partition, and per GSI partition. Built on first use, then kept."""

    def __init__(self, table):
        self.table = table
        self.base = None
        self.gsis = {}
        self.gsi_entry = {}

    def base_partition(self, hash_key):
        if self.base is None:
            self.base = {}
            for h, by_range in self.table.items.items():
                part = self.base.setdefault(h, SortedKeys())
                part.keys = sorted((native(r), r) for r in by_range)
        return self.base.get(hash_key)

    def gsi_partition(self, index, hash_value):
        if index.name not in self.gsis:
            parts, entries = {}, {}
            for item in self.table.all_items():
                entry = self.entry(index, item)
                if entry is not None:
                    parts.setdefault(entry[0], SortedKeys()).keys.append(entry[1])
                    entries[(item.hash_key, item.range_key)] = entry
            for part in parts.values():
                part.keys.sort()
            self.gsis[index.name] = parts
            self.gsi_entry[index.name] = entries
        return self.gsis[index.name].get(hash_value)

    def entry(self, index, item):
        """(index hash value, (sort tuple..., pointer)) of an item in an index, or None when the item is not in it."""
        names = [k["AttributeName"] for k in index.schema]
        values = [item.attrs.get(name) for name in names]
        if any(v is None for v in values):
            return None
        sort = tuple(native(v) for v in values[1:])
        sort += (native(item.hash_key),) + ((native(item.range_key),) if item.range_key is not None else ())
        return native(values[0]), sort + ((item.hash_key, item.range_key),)

    def touched(self, hash_key, range_key, existed, after):
        """Keeps the sorted keys right after an item changed; after is the item now, or None when there is none."""
        if self.base is not None and range_key is not None and existed != (after is not None):
            part = self.base.setdefault(hash_key, SortedKeys())
            (part.add if after is not None else part.remove)((native(range_key), range_key))
        for index in self.table.global_indexes or []:
            if index.name not in self.gsis:
                continue
            old = self.gsi_entry[index.name].pop((hash_key, range_key), None)
            if old is not None:
                self.gsis[index.name][old[0]].remove(old[1])
            new = self.entry(index, after) if after is not None else None
            if new is not None:
                self.gsis[index.name].setdefault(new[0], SortedKeys()).add(new[1])
                self.gsi_entry[index.name][(hash_key, range_key)] = new


def compare_bounds(comparison, values):
    """[low, high] native bounds of a range condition, with flags saying whether each end is inclusive."""
    v = [native(x) for x in values]
    if comparison in ("=", "EQ"):
        return v[0], True, v[0], True
    if comparison in ("<", "LT"):
        return None, True, v[0], False
    if comparison in ("<=", "LE"):
        return None, True, v[0], True
    if comparison in (">", "GT"):
        return v[0], False, None, True
    if comparison in (">=", "GE"):
        return v[0], True, None, True
    if comparison == "BETWEEN":
        return v[0], True, v[1], True
    return None  # BEGINS_WITH: a prefix, handled by the caller


# ---------------------------------------------------------------------------------------------------------------
# Moto, patched: transactions that save and restore only their items, and Query from the sorted keys.

# Moto's classes, imported once the version is known to be MOTO_VERSION.
DynamoType = Item = LimitedSizeDict = None


class Untracked(list):
    """Moto appends every model object it makes (each item written, each copy of one updated) to a list of its class,
    for its dashboard, and never lets go: replaced and deleted items would fill the launcher's memory. The launcher
    has no dashboard."""

    def append(self, instance):
        pass


class Moto:
    def __init__(self):
        global DynamoType, Item, LimitedSizeDict
        os.environ["MOTO_ACCOUNT_ID"] = ACCOUNT
        from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict
        from moto.dynamodb.models import dynamodb_backends
        from moto.dynamodb.responses import DynamoHandler
        from moto.core.base_backend import model_data
        for model in model_data["dynamodb"].values():
            model.instances_tracked = Untracked()
        self.backend = dynamodb_backends[ACCOUNT][REGION]
        self.indexes = {}
        self.query_read = []

        class SharedHandler(DynamoHandler):
            # One database for every region and key, like DynamoDB Local's -sharedDb.
            def setup_class(handler, request, full_url, headers, use_raw_body=False):
                super().setup_class(request, full_url, headers, use_raw_body)
                handler.region = REGION
                handler.current_account = ACCOUNT

            # Moto parses the JSON body again against the service model, a sixth of a write's cost; the JSON as it
            # came is what DynamoDB's protocol carries (binary values stay base64 text, which moto also takes).
            def parse_parameters(handler, request):
                handler.params = json.loads(request.body or b"{}")

            # Moto's shape-driven serializer costs half a millisecond per item read: a page of 4,000 items took
            # two seconds. The answers of the reads are plain JSON once moto has made them dictionaries.
            def serialized(handler, action_result):
                if handler._get_action() in FAST_ANSWERS and isinstance(action_result.result, dict):
                    headers = {"Content-Type": "application/x-amz-json-1.0"}
                    headers.update(handler.response_headers)
                    return 200, headers, dumps(action_result.result)
                return super().serialized(action_result)

        self.handler = SharedHandler
        moto_self = self
        from moto.dynamodb.models import DynamoDBBackend
        from moto.dynamodb.models.table import Table
        original_query = Table.query

        def transact_write_items(backend, transact_items):
            return moto_self.transact_write_items(transact_items)

        def query(table, hash_key, range_comparison, range_objs, limit, exclusive_start_key, scan_index_forward,
                  projection_expressions, index_name=None, consistent_read=False, filter_expression=None,
                  hash_key_conditions=None, range_key_conditions=None, **filter_kwargs):
            answer = moto_self.query(table, hash_key, range_comparison, range_objs, limit, exclusive_start_key,
                                     scan_index_forward, projection_expressions, index_name, consistent_read,
                                     filter_expression, hash_key_conditions, range_key_conditions, filter_kwargs)
            if answer is not None:
                return answer
            answer = original_query(table, hash_key, range_comparison, range_objs, limit, exclusive_start_key,
                                    scan_index_forward, projection_expressions, index_name, consistent_read,
                                    filter_expression, hash_key_conditions=hash_key_conditions,
                                    range_key_conditions=range_key_conditions, **filter_kwargs)
            # Moto's own path (queries Podium never sends) tells only what passed the filter: bill that.
            moto_self.query_read = answer[0]
            return answer

        DynamoDBBackend.transact_write_items = transact_write_items
        Table.query = query
        Item.__init__ = new_item
        memoize_conditions()
        memoize_update_expressions()
        simple_sets = SimpleSets(DynamoDBBackend.update_item)
        DynamoDBBackend.update_item = lambda backend, *args, **kwargs: simple_sets.update_item(backend, *args, **kwargs)

    def table(self, name):
        return self.backend.tables.get(name)

    def table_indexes(self, table):
        indexes = self.indexes.get(table.name)
        if indexes is None or indexes.table is not table:
            indexes = self.indexes[table.name] = TableIndexes(table)
        return indexes

    def dispatch(self, raw, headers):
        from botocore.awsrequest import AWSPreparedRequest
        request = AWSPreparedRequest("POST", "http://localhost/", headers, raw, False)
        return self.handler.dispatch(request, "http://localhost/", request.headers)

    def touched(self, table, hash_key, range_key, existed, after):
        self.table_indexes(table).touched(hash_key, range_key, existed, after)

    def transact_write_items(self, transact_items):
        """Moto's transact_write_items (moto 5.2.1, Apache-2.0), saving and restoring only the items it touches."""
        from moto.dynamodb.exceptions import (ConditionalCheckFailed, MockValidationException,
                                              MultipleTransactionsException, TooManyTransactionsException,
                                              TransactionCanceledException, TransactWriteSingleOpException)
        from moto.dynamodb.comparisons import get_filter_expression
        backend = self.backend
        if len(transact_items) > 100:
            raise TooManyTransactionsException()
        saved = {}
        errors = []
        for entry in transact_items:
            original_item = None
            if len(entry) > 1:
                raise TransactWriteSingleOpException
            try:
                op_type, op = next(iter(entry.items()))
                if op_type not in {"ConditionCheck", "Put", "Delete", "Update"}:
                    raise ValueError("Unsupported transaction operation")
                table_name = op["TableName"]
                table = backend.get_table(table_name)
                attrs = op["Item"] if op_type == "Put" else op["Key"]
                key = key_of(table, attrs)
                if key is None:
                    raise MockValidationException("Validation Exception")
                pointer = (table_name, key[0], key[1])
                if pointer in saved:
                    raise MultipleTransactionsException()
                current = stored(table, *key)
                saved[pointer] = copy.deepcopy(current)
                condition = op.get("ConditionExpression")
                names, values = op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues")
                if condition is not None and not get_filter_expression(condition, names, values).expr(current):
                    if op.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD" and current:
                        original_item = current.to_json()["Attributes"]
                    raise ConditionalCheckFailed(item=original_item)
                # The condition held on the current item, just above: moto need not evaluate it again.
                if op_type == "Put":
                    backend.put_item(table_name, attrs)
                elif op_type == "Delete":
                    backend.delete_item(table_name, attrs)
                elif op_type == "Update":
                    backend.update_item(table_name, attrs, update_expression=op["UpdateExpression"],
                                        expression_attribute_names=names, expression_attribute_values=values)
                errors.append((None, None, None))
            except (MultipleTransactionsException, MockValidationException):
                self.restore(saved)
                raise
            except ConditionalCheckFailed as e:
                errors.append(("ConditionalCheckFailed", str(e.message), original_item))
            except Exception as e:  # noqa: moto reports any other failure as a cancellation reason
                errors.append((type(e).__name__, str(e), original_item))
        if any(code is not None for code, _, _ in errors):
            self.restore(saved)
            raise TransactionCanceledException(errors)

    def restore(self, saved):
        for (table_name, hash_key, range_key), item in saved.items():
            store(self.backend.get_table(table_name), hash_key, range_key, item)

    def query(self, table, hash_key, range_comparison, range_objs, limit, exclusive_start_key, forward,
              projection_expressions, index_name, consistent_read, filter_expression, hash_conditions,
              range_conditions, filter_kwargs):
        """Moto's Table.query, answered from sorted keys; None hands the query back to moto (cases Podium never
        sends: legacy QueryFilter, multi-attribute keys, or an index with no range key)."""
        from moto.dynamodb.exceptions import MockValidationException
        from moto.dynamodb.models.table import RESULT_SIZE_LIMIT
        if filter_kwargs or len(hash_conditions or []) > 1 or len(range_conditions or []) > 1:
            return None
        indexes = self.table_indexes(table)
        index = None
        if index_name:
            index = next((i for i in table.all_indexes() if i.name == index_name), None)
            if index is None:
                return None
            if consistent_read and index in table.global_indexes:
                raise MockValidationException("Consistent reads are not supported on global secondary indexes")
            if len(index.schema) != 2 or index not in table.global_indexes:
                return None
            hash_value = hash_conditions[0][1] if hash_conditions else hash_key
            part = indexes.gsi_partition(index, native(hash_value))
        else:
            if table.range_key_attr is None:
                return None
            part = indexes.base_partition(hash_key)
        keys = part.keys if part is not None else []

        low, high = 0, len(keys)
        if range_comparison:
            bounds = compare_bounds(range_comparison, range_objs)
            if bounds is None:
                prefix = native(range_objs[0])
                low = bisect.bisect_left(keys, (prefix,))
                high = low
                while high < len(keys) and keys[high][0][:len(prefix)] == prefix:
                    high += 1
            else:
                lo_v, lo_in, hi_v, hi_in = bounds
                if lo_v is not None:
                    low = (bisect.bisect_left if lo_in else bisect.bisect_right)(keys, (lo_v,) if lo_in else (lo_v, Top))
                if hi_v is not None:
                    high = (bisect.bisect_right if hi_in else bisect.bisect_left)(keys, (hi_v, Top) if hi_in else (hi_v,))
        if exclusive_start_key is not None:
            start = self.start_sort(table, index, exclusive_start_key)
            if forward:
                low = max(low, bisect.bisect_right(keys, start + (Top,)))
            else:
                high = min(high, bisect.bisect_left(keys, start))
        positions = range(low, high) if forward else range(high - 1, low - 1, -1)

        results, size, scanned, last_key = [], 0, 0, None
        for i in positions:
            pointer = keys[i][-1]
            item = stored(table, pointer[0], pointer[1]) if index is not None else stored(table, hash_key, pointer)
            if item is None:
                continue
            item_bytes = item.size()
            if len(results) == limit or size + item_bytes > RESULT_SIZE_LIMIT:
                last_key = table._get_last_evaluated_key(results[-1], index_name)
                break
            results.append(item)
            size += item_bytes
            scanned += 1
        # No copy of the stored items, unlike moto: projections make new items, and the answer is made into new
        # dictionaries before the lock is let go.
        if index is not None:
            results = [index.project(r) for r in results]
        # What a Query bills is what it read, before the filter; sized only if the caller asks for capacity.
        self.query_read = results
        if filter_expression is not None:
            results = [r for r in results if filter_expression.expr(r)]
        if projection_expressions:
            results = [r.project(projection_expressions) for r in results]
        return results, scanned, last_key

    def start_sort(self, table, index, start_key):
        """The sort tuple of an ExclusiveStartKey, which an entry of the sorted keys starts with."""
        hash_key, range_key = key_of(table, start_key)
        if index is None:
            return (native(range_key),)
        values = [DynamoType(start_key[k["AttributeName"]]) for k in index.schema]
        sort = tuple(native(v) for v in values[1:]) + (native(hash_key),)
        if range_key is not None:
            sort += (native(range_key),)
        return sort


def new_item(item, hash_key, range_key, attrs):
    """Moto's Item constructor, with its size limit checked once: moto re-adds every attribute's size at each
    attribute it adds, which made building an item a fifth of a transaction's cost."""
    from moto.dynamodb.exceptions import ItemSizeTooLarge
    item.hash_key, item.range_key = hash_key, range_key
    item.attrs = LimitedSizeDict.__new__(LimitedSizeDict)
    size = 0
    for name, value in attrs.items():
        typed = DynamoType(value)
        dict.__setitem__(item.attrs, name, typed)
        size += len(name.encode("utf-8")) + typed.size()
    if size > 405000:  # moto's own limit, between AWS's 400 KB and what AWS really accepts
        raise ItemSizeTooLarge


class ParsedCondition:
    """A condition expression moto parsed once: the parse is most of a conditional write's cost, and Podium sends
    the same few expressions again and again."""

    def __init__(self, parser):
        self.op = parser.parse()
        self.names = tuple(parser.expr_attr_names_found)
        self.values = tuple(parser.expr_attr_values_found)

    def parse(self):
        return self.op

    # Lists, as moto's parser has them, and new ones each time: moto's callers append to what they get.
    @property
    def expr_attr_names_found(self):
        return list(self.names)

    @property
    def expr_attr_values_found(self):
        return list(self.values)


def memoize_conditions():
    """Moto parses a condition up to three times per write; each distinct (expression, names, values) is parsed
    once here. The parsed tree only reads the item it is evaluated on, so sharing it is safe."""
    import moto.dynamodb.comparisons as comparisons
    import moto.dynamodb.models as models
    import moto.dynamodb.responses as responses
    parse = comparisons.create_condition_expression_parser
    parsed = {}

    def parser(expression, names, values):
        key = (expression, dumps(names, sort_keys=True), dumps(values, sort_keys=True))
        found = parsed.get(key)
        if found is None:
            if len(parsed) >= 4096:
                parsed.clear()
            found = parsed[key] = ParsedCondition(parse(expression, names, values))
        return found

    for module in (comparisons, models, responses):
        module.create_condition_expression_parser = parser


def memoize_update_expressions():
    """Moto parses an update expression where a transaction is checked and again where it is applied; each distinct
    expression is parsed once here. Its users only read the tree (the validator works on its own deep copy)."""
    from moto.dynamodb.parsing.expressions import UpdateExpressionParser
    make = UpdateExpressionParser.make
    parsed = {}

    def memoized(expression):
        found = parsed.get(expression)
        if found is None:
            if len(parsed) >= 4096:
                parsed.clear()
            found = parsed[expression] = make(expression)
        return found

    UpdateExpressionParser.make = staticmethod(memoized)


class SimpleSets:
    """UpdateItem of the commonest kind, SET of plain attributes to plain values, applied directly. Moto parses,
    copies, validates and walks an update expression's tree several times, about a millisecond per update, so that a
    transaction raising 50 drivers' levels spent 50 ms there. Anything else (ADD, REMOVE, paths, functions, a key or
    index attribute, a set or document value, a stream) goes to moto, which also gives every refusal its words."""

    ASSIGN = re.compile(r"\s*(#[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(:[A-Za-z0-9_]+)\s*")
    PLAIN_TYPES = {"S", "N", "BOOL", "NULL"}

    def __init__(self, moto_update_item):
        from moto.dynamodb.parsing.reserved_keywords import ReservedKeywords
        self.moto_update_item = moto_update_item
        self.reserved = set(ReservedKeywords.get_reserved_keywords())
        self.parsed = {}

    def assignments(self, expression):
        """[(name or #placeholder, :placeholder)] of "SET a = :x, #b = :y", or None for any other expression."""
        if expression in self.parsed:
            return self.parsed[expression]
        found = None
        match = re.match(r"\s*SET\s+(.*)$", expression, re.IGNORECASE | re.DOTALL)
        if match:
            found = []
            for part in match.group(1).split(","):
                assign = self.ASSIGN.fullmatch(part)
                if assign is None or assign.group(1).upper() in self.reserved:
                    found = None
                    break
                found.append((assign.group(1), assign.group(2)))
            if found is not None and len({name for name, _ in found}) != len(found):
                found = None  # two assignments to one attribute: moto words the refusal
        if len(self.parsed) >= 4096:
            self.parsed.clear()
        self.parsed[expression] = found
        return found

    def update_item(self, backend, table_name, key, update_expression, expression_attribute_names,
                    expression_attribute_values, attribute_updates=None, expected=None, condition_expression=None,
                    return_values_on_condition_check_failure=None):
        direct = self.direct(backend, table_name, key, update_expression, expression_attribute_names or {},
                             expression_attribute_values or {}, attribute_updates, expected, condition_expression,
                             return_values_on_condition_check_failure)
        if direct is not None:
            return direct
        return self.moto_update_item(backend, table_name, key, update_expression, expression_attribute_names,
                                     expression_attribute_values, attribute_updates, expected, condition_expression,
                                     return_values_on_condition_check_failure)

    def direct(self, backend, table_name, key, expression, names, values, attribute_updates, expected, condition,
               return_old):
        from moto.dynamodb.comparisons import create_condition_expression_parser
        from moto.dynamodb.exceptions import ConditionalCheckFailed, ItemSizeToUpdateTooLarge
        if attribute_updates or expected or not expression:
            return None
        assignments = self.assignments(expression)
        table = backend.tables.get(table_name)
        if assignments is None or table is None or table.stream_shard is not None:
            return None
        indexed = {definition["AttributeName"] for definition in table.attr}
        changes = []
        for target, placeholder in assignments:
            name = names.get(target) if target.startswith("#") else target
            value = values.get(placeholder)
            if name is None or name in indexed or not isinstance(value, dict) or len(value) != 1:
                return None
            (kind, raw), = value.items()
            if kind not in self.PLAIN_TYPES or (kind == "N" and not valid_number(raw)):
                return None
            changes.append((name, DynamoType(value)))
        found = key_of(table, key)
        if found is None or set(key) != set(k for k in (table.hash_key_attr, table.range_key_attr) if k):
            return None
        hash_key, range_key = found
        item = stored(table, hash_key, range_key)
        if condition:
            if not create_condition_expression_parser(condition, names, values).parse().expr(item):
                if return_old == "ALL_OLD" and item is not None:
                    raise ConditionalCheckFailed(item=item.to_json()["Attributes"])
                raise ConditionalCheckFailed
        attrs = item.attrs.items() if item is not None else [(n, DynamoType(v)) for n, v in key.items()]
        current = sum(len(n.encode("utf-8")) + v.size() for n, v in attrs)
        for name, typed in changes:
            old = None if item is None else item.attrs.get(name)
            current += typed.size() - (0 if old is None else old.size()) + (0 if old is not None else len(name.encode("utf-8")))
        if current > 405000:  # moto's own limit, as new_item applies it
            raise ItemSizeToUpdateTooLarge
        if item is None:
            table.put_item({attr: key[attr] for attr in key})
            item = stored(table, hash_key, range_key)
        for name, typed in changes:
            dict.__setitem__(item.attrs, name, typed)
        return item


def valid_number(text):
    try:
        number = decimal.Decimal(text)
    except (decimal.InvalidOperation, TypeError):
        return False
    return number.is_finite()


class TopType:
    """Sorts after any pointer, so that bisect can land after every entry with a given sort tuple."""

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return True

    def __eq__(self, other):
        return isinstance(other, TopType)

    def __hash__(self):
        return 0


Top = TopType()


# ---------------------------------------------------------------------------------------------------------------
# Persistence: an append-only log of item images and table requests, compacted into a snapshot.

class Journal:
    def __init__(self, directory, compact_after):
        self.directory = directory
        self.compact_after = compact_after
        self.log = None
        self.records = 0
        self.snapshot_size = 0

    def path(self, name):
        return os.path.join(self.directory, name)

    def load(self, apply):
        """Replays the snapshot, then the log. A torn last line of the log (a kill mid-write, before any answer)
        is cut off; a bad line anywhere else means the files were damaged, and start-up fails."""
        for name, may_tear in (("snapshot.jsonl", False), ("log.jsonl", True)):
            if not os.path.exists(self.path(name)):
                continue
            with open(self.path(name), "rb") as f:
                data = f.read()
            good = 0
            lines = data.split(b"\n")
            for n, line in enumerate(lines):
                if not line:
                    good += 1
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    if may_tear and n == len(lines) - 1:
                        print(f"podium-dynamodb: ignored a torn last line in {name}", file=sys.stderr, flush=True)
                        break
                    fail(f"podium-dynamodb: {self.path(name)} is damaged at line {n + 1}")
                apply(record)
                good += len(line) + 1
                if name == "log.jsonl":
                    self.records += 1
                else:
                    self.snapshot_size += len(record.get("w", ())) or 1
            if may_tear and good < len(data):
                with open(self.path(name), "r+b") as f:
                    f.truncate(min(good, len(data)))
        self.log = open(self.path("log.jsonl"), "ab")

    def append(self, record):
        # Flushed to the OS before the answer goes out: it survives the process being killed.
        self.log.write(dumps(record).encode("utf-8") + b"\n")
        self.log.flush()
        self.records += 1

    def due(self):
        # Past the bound, and past the snapshot's own size: a big data set is not rewritten every few writes, and
        # a start never replays more log records than max(bound, items).
        return self.records >= max(self.compact_after, self.snapshot_size)

    def compact(self, records):
        """Writes every record of the current state to a new snapshot, then starts an empty log."""
        temp = self.path("snapshot.tmp")
        size = 0
        with open(temp, "wb") as f:
            for record in records:
                f.write(dumps(record).encode("utf-8") + b"\n")
                size += len(record.get("w", ())) or 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, self.path("snapshot.jsonl"))
        self.log.close()
        self.log = open(self.path("log.jsonl"), "wb")
        self.records = 0
        self.snapshot_size = size


# ---------------------------------------------------------------------------------------------------------------
# The engine: limits, tokens, the lock, logging and capacity around moto.

class Engine:
    def __init__(self, journal):
        self.moto = Moto()
        self.journal = journal
        self.lock = threading.Lock()
        self.tokens = {}
        self.schemas = {}

    # ---- requests

    def handle(self, action, raw, headers):
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return error("SerializationException", "the request body is not JSON")
        problem = too_big(action, body)
        if problem:
            return error("ValidationException", problem)
        fingerprint = None
        token = body.get("ClientRequestToken") if action == "TransactWriteItems" else None
        if token:
            fingerprint = hashlib.sha256(json.dumps(body.get("TransactItems"), sort_keys=True).encode()).hexdigest()
        with self.lock:
            if token:
                known = self.tokens.get(token)
                if known and known[1] > time.time():
                    if known[0] != fingerprint:
                        return error("IdempotentParameterMismatchException",
                                     "ClientRequestToken was used with different parameters within 10 minutes")
                    return answer(200, known[2])
            before = self.before(action, body)
            status, response_headers, response = self.moto.dispatch(raw, headers)
            if status != 200:
                return status, response_headers, response
            result = None  # moto's answer goes out as it is, unless the launcher had to change it
            try:
                if action in WRITE_ACTIONS and before is not None:
                    result = self.after(action, body, before, response, token, fingerprint)
                elif action in TABLE_ACTIONS:
                    self.schema_changed(action, body)
                    self.journal.append({"api": action, "body": body})
                elif action in ("Query", "GetItem", "BatchGetItem"):
                    result = self.read_capacity(action, body, response)
                if self.journal.due():
                    self.compact()
            except Exception:  # noqa: a write moto applied and the log lacks: no answer may go out, ever again
                crash("could not log a write")
        return answer(200, result) if result is not None else (status, response_headers, response)

    def before(self, action, body):
        """Each item the write may touch, with what its capacity needs of its state before (only when the caller
        asked for capacity: Podium's functions never do); None when a table is missing (moto answers the error)."""
        counted = wants_capacity(body)
        touched = []
        for table_name, attrs, kind in written(action, body):
            table = self.moto.table(table_name)
            key = key_of(table, attrs) if table is not None else None
            if key is None:
                return None
            old = stored(table, *key)
            # UpdateItem changes moto's item in place: what the capacity needs of the old state is taken now.
            state = (item_size(attrs_json(old)), projections(table, old)) if counted else None
            touched.append((table, key, kind, old is not None, state))
        return touched

    def after(self, action, body, before, response, token, fingerprint):
        images, units = [], {}
        factor = 2 if action == "TransactWriteItems" else 1
        for table, (hash_key, range_key), kind, existed, state in before:
            item = stored(table, hash_key, range_key)
            new_attrs = attrs_json(item)
            self.moto.touched(table, hash_key, range_key, existed, item)
            present = new_attrs is not None
            images.append([table.name, new_attrs if present else key_json(table, hash_key, range_key), present])
            if state is not None:
                old_size, old_projections = state
                cost = write_units(old_size, 0) if kind == "ConditionCheck" else \
                    write_units(old_size, item_size(new_attrs)) + \
                    index_write_units(old_projections, projections(table, item))
                units[table.name] = units.get(table.name, 0) + factor * cost
        record = {"w": images}
        expires = time.time() + TOKEN_SECONDS
        if token:
            record["tok"] = [token, fingerprint, expires]
        self.journal.append(record)
        result = json.loads(response) if response else {}
        if wants_capacity(body):
            consumed = [{"TableName": t, "CapacityUnits": float(u)} for t, u in units.items()]
            result["ConsumedCapacity"] = consumed if action in ("BatchWriteItem", "TransactWriteItems") \
                else consumed[0]
        else:
            result.pop("ConsumedCapacity", None)
        if token:
            self.tokens[token] = (fingerprint, expires, result)
        return result

    def read_capacity(self, action, body, response):
        if not wants_capacity(body):
            return None
        result = json.loads(response)
        consistent = bool(body.get("ConsistentRead"))
        if action == "GetItem":
            units = read_units(item_size(result.get("Item")), consistent)
            result["ConsumedCapacity"] = {"TableName": body["TableName"], "CapacityUnits": float(units)}
        elif action == "Query":
            units = read_units(sum(item_size(attrs_json(item)) for item in self.moto.query_read), consistent)
            result["ConsumedCapacity"] = {"TableName": body["TableName"], "CapacityUnits": float(units)}
        else:
            consumed = []
            for table_name, request in body.get("RequestItems", {}).items():
                found = result.get("Responses", {}).get(table_name, [])
                sizes = [item_size(i) for i in found] + [0] * (len(request.get("Keys", [])) - len(found))
                units = sum(read_units(s, bool(request.get("ConsistentRead"))) for s in sizes)
                consumed.append({"TableName": table_name, "CapacityUnits": float(units)})
            result["ConsumedCapacity"] = consumed
        return result

    # ---- tables

    def schema_changed(self, action, body):
        name = body.get("TableName")
        if action == "CreateTable":
            self.schemas[name] = [("CreateTable", body)]
        elif action == "DeleteTable":
            self.schemas.pop(name, None)
        else:
            self.schemas.setdefault(name, []).append((action, body))
        self.moto.indexes.pop(name, None)

    # ---- persistence

    def load(self):
        def apply(record):
            if "api" in record:
                raw = json.dumps(record["body"]).encode()
                status, _, _ = self.moto.dispatch(raw, {"X-Amz-Target": "DynamoDB_20120810." + record["api"]})
                if status == 200:
                    self.schema_changed(record["api"], record["body"])
            if "w" in record:
                self.put_back(record["w"])
            if "tok" in record and record["tok"][2] > time.time():
                token, fingerprint, expires = record["tok"]
                self.tokens[token] = (fingerprint, expires, record.get("answer", {}))
        # The collector would scan the growing heap again and again while nothing it holds can be garbage; after
        # the load, freezing keeps it from scanning the stored items on every later collection too.
        gc.disable()
        try:
            self.journal.load(apply)
        finally:
            gc.freeze()
            gc.enable()
        self.moto.indexes.clear()

    def put_back(self, images):
        """Stores the item images of one log or snapshot record as they are. A snapshot writes each partition's items
        in a run, so the partition is looked up once per run: hashing moto's keys is most of a replay's cost."""
        table_name = table = run = partition = None
        for name, attrs, present in images:
            if name != table_name:
                table_name, table, run = name, self.moto.table(name), None
            if table is None:
                continue
            if not present:
                store(table, *key_of(table, attrs), None)
                continue
            hash_key, range_key, item = fast_item(table, attrs)
            if range_key is None:
                table.items[hash_key] = item
                continue
            # The key as stored, a (type, text) pair that hashes as a plain tuple of strings. Two spellings of one
            # number are two runs of the same partition: still right, only looked up twice.
            key = next(iter(attrs[table.hash_key_attr].items()))
            if key != run:
                run, partition = key, table.items[hash_key]
            partition[range_key] = item

    def compact(self):
        def records():
            for name, requests in self.schemas.items():
                for action, body in requests:
                    yield {"api": action, "body": body}
                table = self.moto.table(name)
                if table is None:
                    continue
                chunk = []
                for item in table.all_items():
                    chunk.append([name, item.to_json()["Attributes"], True])
                    if len(chunk) == 1000:
                        yield {"w": chunk}
                        chunk = []
                if chunk:
                    yield {"w": chunk}
            now = time.time()
            for token, (fingerprint, expires, result) in self.tokens.items():
                if expires > now:
                    yield {"tok": [token, fingerprint, expires], "answer": result}
        self.journal.compact(records())


def wants_capacity(body):
    return body.get("ReturnConsumedCapacity", "NONE") in ("TOTAL", "INDEXES")


def written(action, body):
    """(table, item or key, kind) of every item a write request names."""
    if action in ("PutItem",):
        return [(body.get("TableName"), body.get("Item", {}), "Put")]
    if action in ("UpdateItem", "DeleteItem"):
        return [(body.get("TableName"), body.get("Key", {}), action)]
    if action == "BatchWriteItem":
        out = []
        for table_name, requests in body.get("RequestItems", {}).items():
            for request in requests:
                if "PutRequest" in request:
                    out.append((table_name, request["PutRequest"].get("Item", {}), "Put"))
                elif "DeleteRequest" in request:
                    out.append((table_name, request["DeleteRequest"].get("Key", {}), "Delete"))
        return out
    if action == "TransactWriteItems":
        out = []
        for entry in body.get("TransactItems", []):
            for kind, op in entry.items():
                out.append((op.get("TableName"), op.get("Item", {}) if kind == "Put" else op.get("Key", {}), kind))
        return out
    return []


def key_json(table, hash_key, range_key):
    key = {table.hash_key_attr: hash_key.to_json()}
    if range_key is not None:
        key[table.range_key_attr] = range_key.to_json()
    return key


def projections(table, item):
    """What each GSI holds of an item: {index: (key values, projected size, digest)}, without the indexes it is not
    in. An index that projects ALL holds the whole item, which is sized and digested once for all of them."""
    held = {}
    whole = None
    for index in (table.global_indexes or []) if item is not None else []:
        names = [k["AttributeName"] for k in index.schema]
        if not all(n in item.attrs for n in names):
            continue
        if (index.projection or {}).get("ProjectionType") == "ALL":
            if whole is None:
                whole = held_of(attrs_json(item))
            size, digest = whole
        else:
            size, digest = held_of(attrs_json(index.project(item)))
        held[index.name] = (dumps([item.attrs[n].to_json() for n in names]), size, digest)
    return held


def held_of(projected):
    return item_size(projected), hashlib.sha1(dumps(projected, sort_keys=True).encode()).digest()


def index_write_units(old, new):
    """Write units a change costs in the table's GSIs: a put, a delete, or both when the index key changed. As on
    DynamoDB, an index that holds the same before and after is not written."""
    units = 0
    for name in set(old) | set(new):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if before and after and before[0] == after[0]:
            units += write_units(before[1], after[1])
        else:
            units += (write_units(before[1], 0) if before else 0) + (write_units(0, after[1]) if after else 0)
    return units


def too_big(action, body):
    """AWS's request limits, which moto does not all enforce, as ValidationException messages."""
    if action == "BatchWriteItem":
        n = sum(len(r) for r in body.get("RequestItems", {}).values())
        if n > 25:
            return ("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: "
                    "Member must have length less than or equal to 25")
    if action == "BatchGetItem":
        n = sum(len(r.get("Keys", [])) for r in body.get("RequestItems", {}).values())
        if n > 100:
            return "Too many items requested for the BatchGetItem call"
    if action == "TransactWriteItems" and len(body.get("TransactItems", [])) > 100:
        return ("1 validation error detected at 'transactItems' failed to satisfy constraint: "
                "Member must have length less than or equal to 100.")
    for _, attrs, kind in written(action, body):
        if kind in ("Put",) and item_size(attrs) > MAX_ITEM_BYTES:
            return "Item size has exceeded the maximum allowed size"
    return None


def answer(status, result):
    body = dumps(result if result is not None else {}).encode("utf-8")
    return status, {"Content-Type": "application/x-amz-json-1.0", "x-amz-crc32": str(zlib.crc32(body))}, body


def error(code, message):
    return answer(400, {"__type": "com.amazonaws.dynamodb.v20120810#" + code, "message": message})


# ---------------------------------------------------------------------------------------------------------------
# HTTP, stdin and start-up.

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle's algorithm, each answer would wait for a delayed ACK.
    disable_nagle_algorithm = True
    engine = None

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        headers = {k: v for k, v in self.headers.items()}
        action = (self.headers.get("X-Amz-Target") or "").rpartition(".")[2]
        try:
            status, response_headers, body = self.engine.handle(action, raw, headers)
        except Exception as e:  # noqa: an engine bug answers 500, like an internal error on AWS, and is printed
            import traceback
            traceback.print_exc()
            status, response_headers, body = answer(500, {"__type": "InternalServerError", "message": str(e)})
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        for name, value in response_headers.items():
            if name.lower() not in ("content-length", "status", "server", "date", "x-amz-crc32"):
                self.send_header(name, str(value))
        self.send_header("x-amz-crc32", str(zlib.crc32(body)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def lock_directory(directory):
    """The data directory is this process's alone. A launcher whose runtime died may still be compacting here:
    wait for it rather than read half-written files."""
    handle = open(os.path.join(directory, "engine.lock"), "w")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def main(argv=None):
    parser = argparse.ArgumentParser(description="Podium's local DynamoDB engine (moto behind a launcher)")
    parser.add_argument("--data-dir", help="where the log and snapshot live; in memory when absent")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--compact-after", type=int, default=50_000, help="log records that trigger compaction")
    parser.add_argument("--check-version", action="store_true", help="check the moto version and exit")
    args = parser.parse_args(argv)
    check_moto_version()
    if args.check_version:
        print(f"podium-dynamodb: moto {MOTO_VERSION}: ok")
        return
    started = {}

    def stop_when_stdin_closes():
        while sys.stdin.buffer.read(65536):
            pass
        engine = started.get("engine")
        if engine is None:
            os._exit(0)  # still waiting for the data dir: there is nothing of this process's to keep
        # The lock is taken and never given back: no request runs after the compaction. A load still running
        # holds it, so a half-loaded store is never written over the snapshot.
        engine.lock.acquire()
        try:
            engine.compact()
        except Exception:  # noqa: the log is still whole, and the next start replays it
            crash("could not compact the log on the way out")
        os._exit(0)

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    if args.data_dir:
        os.makedirs(args.data_dir, exist_ok=True)
        started["directory lock"] = lock_directory(args.data_dir)
        journal = Journal(args.data_dir, args.compact_after)
    else:
        journal = MemoryJournal()
    engine = Engine(journal)
    Handler.engine = engine
    server = Server(("127.0.0.1", args.port), Handler)
    # The load runs behind the engine's lock while the runtime starts its other parts: a request waits for it.
    engine.lock.acquire()
    started["engine"] = engine

    def load():
        try:
            engine.load()
        except Exception:  # noqa: a store that cannot be read must not be served, nor compacted over
            crash("could not load " + args.data_dir)
        finally:
            engine.lock.release()

    threading.Thread(target=load, daemon=True).start()
    print(f"READY {server.server_address[1]}", flush=True)
    server.serve_forever()


class MemoryJournal:
    """No data dir: nothing is kept."""

    def load(self, apply):
        pass

    def append(self, record):
        pass

    def due(self):
        return False

    def compact(self, records):
        pass


if __name__ == "__main__":
    main()
