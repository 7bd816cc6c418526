from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title_block = l_0_facts_table = l_0_fact_rows = l_0_glance = l_0_glance_lines = l_0_event_list = l_0_event_sentences = l_0_people_list = l_0_source_line = l_0_orgchart_figure = l_0_parts_line = l_0_section_tree = missing
    try:
        t_1 = environment.filters['blocks']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'blocks' found.")
    try:
        t_2 = environment.filters['cap_first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'cap_first' found.")
    try:
        t_3 = environment.filters['event_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'event_date' found.")
    try:
        t_4 = environment.filters['event_sentence']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'event_sentence' found.")
    try:
        t_5 = environment.filters['event_statement']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'event_statement' found.")
    try:
        t_6 = environment.filters['event_text']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'event_text' found.")
    try:
        t_7 = environment.filters['indent_md']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'indent_md' found.")
    try:
        t_8 = environment.filters['items']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'items' found.")
    try:
        t_9 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_10 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_11 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_12 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_13 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_14 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_15 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_16 = environment.filters['one_per_sentence']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'one_per_sentence' found.")
    try:
        t_17 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_18 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_19 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_19(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_20 = environment.filters['tidy']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'tidy' found.")
    try:
        t_21 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_21(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_22 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_22(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    def macro(l_1_p, l_1_as_of_text, l_1_length_label):
        t_23 = []
        l_1_other_names = resolve('other_names')
        l_1_native = l_1_former = l_1_other = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_as_of_text is missing:
            l_1_as_of_text = undefined("parameter 'as_of_text' was not provided", name='as_of_text')
        if l_1_length_label is missing:
            l_1_length_label = undefined("parameter 'length_label' was not provided", name='length_label')
        pass
        t_23.extend((
            '::: title\n# ',
            str(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'names'), 'title'))),
            '\n\n',
        ))
        l_1_native = t_12(context.eval_ctx, t_13(context, t_19(context, environment.getattr(environment.getattr(l_1_p, 'names'), 'aliases'), 'kind', 'equalto', 'native'), attribute='text'))
        l_1_former = t_12(context.eval_ctx, t_13(context, t_19(context, environment.getattr(environment.getattr(l_1_p, 'names'), 'aliases'), 'kind', 'equalto', 'former'), attribute='text'))
        l_1_other = t_12(context.eval_ctx, t_17(context, environment.call(context, (undefined(name='other_names') if l_1_other_names is missing else l_1_other_names), l_1_p), 'in', (undefined(name='former') if l_1_former is missing else l_1_former)))
        if (undefined(name='other') if l_1_other is missing else l_1_other):
            pass
            t_23.extend((
                'Also known as ',
                str(environment.finalize(t_9(context.eval_ctx, (undefined(name='other') if l_1_other is missing else l_1_other), ', '))),
                str(environment.finalize((environment.bounded_concat(False, ('; formerly ', t_9(context.eval_ctx, (undefined(name='former') if l_1_former is missing else l_1_former), ', '), )) if (undefined(name='former') if l_1_former is missing else l_1_former) else ''))),
                '\n',
            ))
        elif (undefined(name='former') if l_1_former is missing else l_1_former):
            pass
            t_23.extend((
                'Formerly ',
                str(environment.finalize(t_9(context.eval_ctx, (undefined(name='former') if l_1_former is missing else l_1_former), ', '))),
                '\n',
            ))
        t_23.append(
            '\n',
        )
        if (undefined(name='native') if l_1_native is missing else l_1_native):
            pass
            t_23.extend((
                str(environment.finalize(t_9(context.eval_ctx, (undefined(name='native') if l_1_native is missing else l_1_native), ' · '))),
                '\n',
            ))
        t_23.extend((
            '\n',
            str(environment.finalize(l_1_length_label)),
            ' · Information as of ',
            str(environment.finalize(l_1_as_of_text)),
            '\n:::',
        ))
        return concat(t_23)
    context.exported_vars.add('title_block')
    context.vars['title_block'] = l_0_title_block = Macro(environment, macro, 'title_block', ('p', 'as_of_text', 'length_label'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_p, l_1_limit, l_1_item_depth, l_1_skip_title):
        t_24 = []
        l_1_all_facts = resolve('all_facts')
        l_1_facts = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_limit is missing:
            l_1_limit = None
        if l_1_item_depth is missing:
            l_1_item_depth = 9
        if l_1_skip_title is missing:
            l_1_skip_title = True
        pass
        t_24.append(
            '::: facts Key facts\n',
        )
        l_1_facts = (t_12(context.eval_ctx, t_18(context, environment.call(context, (undefined(name='all_facts') if l_1_all_facts is missing else l_1_all_facts), l_1_p), 'text', 'equalto', environment.getattr(environment.getattr(l_1_p, 'names'), 'title'))) if l_1_skip_title else environment.call(context, (undefined(name='all_facts') if l_1_all_facts is missing else l_1_all_facts), l_1_p))
        for l_2_f in environment.bounded_iter(((undefined(name='facts') if l_1_facts is missing else l_1_facts) if t_21(l_1_limit) else (undefined(name='facts') if l_1_facts is missing else l_1_facts)[:l_1_limit])):
            _loop_vars = {}
            pass
            t_24.extend((
                '- **',
                str(environment.finalize(t_20(environment.getattr(l_2_f, 'label')))),
                '** ',
                str(environment.finalize(t_20(environment.getattr(l_2_f, 'text')))),
                '\n',
            ))
            if environment.getattr(l_2_f, 'items'):
                pass
                t_24.extend((
                    str(environment.finalize(t_7(t_8(environment.getattr(l_2_f, 'items'), max_depth=l_1_item_depth), 2))),
                    '\n',
                ))
        l_2_f = missing
        t_24.append(
            ':::',
        )
        return concat(t_24)
    context.exported_vars.add('facts_table')
    context.vars['facts_table'] = l_0_facts_table = Macro(environment, macro, 'facts_table', ('p', 'limit', 'item_depth', 'skip_title'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_facts, l_1_item_depth):
        t_25 = []
        if l_1_facts is missing:
            l_1_facts = undefined("parameter 'facts' was not provided", name='facts')
        if l_1_item_depth is missing:
            l_1_item_depth = 9
        pass
        t_25.append(
            '::: facts Key facts\n',
        )
        for l_2_f in environment.bounded_iter(l_1_facts):
            l_2_flat = missing
            _loop_vars = {}
            pass
            l_2_flat = (environment.getattr(l_2_f, 'items') and (not t_12(context.eval_ctx, t_19(context, environment.getattr(l_2_f, 'items'), 'children'))))
            _loop_vars['flat'] = l_2_flat
            if ((environment.getattr(l_2_f, 'items') and (not environment.getattr(l_2_f, 'text'))) and ((l_1_item_depth < 1) or (((undefined(name='flat') if l_2_flat is missing else l_2_flat) and (t_10(environment.getattr(l_2_f, 'items')) > 3)) and (t_14(environment, t_13(context, t_13(context, environment.getattr(l_2_f, 'items'), attribute='text'), 'length')) <= 40)))):
                pass
                t_25.extend((
                    '- **',
                    str(environment.finalize(t_20(environment.getattr(l_2_f, 'label')))),
                    '** ',
                    str(environment.finalize(t_20(t_9(context.eval_ctx, t_13(context, environment.getattr(l_2_f, 'items'), attribute='text'), '; ')))),
                    '\n',
                ))
            else:
                pass
                t_25.extend((
                    '- **',
                    str(environment.finalize(t_20(environment.getattr(l_2_f, 'label')))),
                    '** ',
                    str(environment.finalize(t_20(environment.getattr(l_2_f, 'text')))),
                    '\n',
                ))
                if environment.getattr(l_2_f, 'items'):
                    pass
                    t_25.extend((
                        str(environment.finalize(t_7(t_8(environment.getattr(l_2_f, 'items'), max_depth=l_1_item_depth), 2))),
                        '\n',
                    ))
        l_2_f = l_2_flat = missing
        t_25.append(
            ':::',
        )
        return concat(t_25)
    context.exported_vars.add('fact_rows')
    context.vars['fact_rows'] = l_0_fact_rows = Macro(environment, macro, 'fact_rows', ('facts', 'item_depth'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_p, l_1_limit, l_1_lead):
        t_26 = []
        l_1_at_a_glance = resolve('at_a_glance')
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_limit is missing:
            l_1_limit = undefined("parameter 'limit' was not provided", name='limit')
        if l_1_lead is missing:
            l_1_lead = False
        pass
        t_26.append(
            str(environment.finalize(t_15(environment.call(context, (undefined(name='glance_lines') if l_0_glance_lines is missing else l_0_glance_lines), environment.call(context, (undefined(name='at_a_glance') if l_1_at_a_glance is missing else l_1_at_a_glance), l_1_p, l_1_limit, l_1_lead))))),
        )
        return concat(t_26)
    context.exported_vars.add('glance')
    context.vars['glance'] = l_0_glance = Macro(environment, macro, 'glance', ('p', 'limit', 'lead'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_statements):
        t_27 = []
        if l_1_statements is missing:
            l_1_statements = undefined("parameter 'statements' was not provided", name='statements')
        pass
        t_27.append(
            '::: summary At a glance\n',
        )
        for l_2_s in environment.bounded_iter(l_1_statements):
            _loop_vars = {}
            pass
            t_27.extend((
                '- ',
                str(environment.finalize(t_20(environment.getattr(l_2_s, 'text')))),
                '\n',
            ))
        l_2_s = missing
        t_27.append(
            ':::',
        )
        return concat(t_27)
    context.exported_vars.add('glance_lines')
    context.vars['glance_lines'] = l_0_glance_lines = Macro(environment, macro, 'glance_lines', ('statements',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_events, l_1_long):
        t_28 = []
        if l_1_events is missing:
            l_1_events = undefined("parameter 'events' was not provided", name='events')
        if l_1_long is missing:
            l_1_long = False
        pass
        for l_2_e in environment.bounded_iter(l_1_events):
            _loop_vars = {}
            pass
            t_28.extend((
                '- **',
                str(environment.finalize(t_3(l_2_e))),
                '**: ',
                str(environment.finalize((t_5(l_2_e) if l_1_long else t_6(l_2_e)))),
                '\n',
            ))
        l_2_e = missing
        return concat(t_28)
    context.exported_vars.add('event_list')
    context.vars['event_list'] = l_0_event_list = Macro(environment, macro, 'event_list', ('events', 'long'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_events):
        t_29 = []
        if l_1_events is missing:
            l_1_events = undefined("parameter 'events' was not provided", name='events')
        pass
        for l_2_e in environment.bounded_iter(t_16(l_1_events)):
            _loop_vars = {}
            pass
            t_29.extend((
                '- **',
                str(environment.finalize(t_3(l_2_e))),
                '**: ',
                str(environment.finalize(t_4(l_2_e))),
                '\n',
            ))
        l_2_e = missing
        return concat(t_29)
    context.exported_vars.add('event_sentences')
    context.vars['event_sentences'] = l_0_event_sentences = Macro(environment, macro, 'event_sentences', ('events',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_people):
        t_30 = []
        if l_1_people is missing:
            l_1_people = undefined("parameter 'people' was not provided", name='people')
        pass
        for l_2_person in environment.bounded_iter(l_1_people):
            l_2_role_text = resolve('role_text')
            l_2_period_text = resolve('period_text')
            l_2_posts_text = resolve('posts_text')
            l_2_aliases = l_2_role = l_2_period = l_2_posts = missing
            _loop_vars = {}
            pass
            l_2_aliases = t_12(context.eval_ctx, t_17(context, t_13(context, environment.getattr(l_2_person, 'aliases'), 'tidy_fragment'), 'equalto', ''))
            _loop_vars['aliases'] = l_2_aliases
            t_30.extend((
                '- **',
                str(environment.finalize(environment.getattr(l_2_person, 'name'))),
                '**',
            ))
            if (undefined(name='aliases') if l_2_aliases is missing else l_2_aliases):
                pass
                t_30.extend((
                    ' \\(',
                    str(environment.finalize(t_9(context.eval_ctx, (undefined(name='aliases') if l_2_aliases is missing else l_2_aliases), ', '))),
                    '\\)',
                ))
            l_2_role = environment.call(context, (undefined(name='role_text') if l_2_role_text is missing else l_2_role_text), l_2_person, _loop_vars=_loop_vars)
            _loop_vars['role'] = l_2_role
            if (undefined(name='role') if l_2_role is missing else l_2_role):
                pass
                t_30.extend((
                    ' — ',
                    str(environment.finalize((undefined(name='role') if l_2_role is missing else l_2_role))),
                ))
            l_2_period = environment.call(context, (undefined(name='period_text') if l_2_period_text is missing else l_2_period_text), l_2_person, _loop_vars=_loop_vars)
            _loop_vars['period'] = l_2_period
            if (undefined(name='period') if l_2_period is missing else l_2_period):
                pass
                t_30.extend((
                    str(environment.finalize((' ' if ((undefined(name='role') if l_2_role is missing else l_2_role) and environment.call(context, environment.getattr((undefined(name='period') if l_2_period is missing else l_2_period), 'startswith'), 'in ', _loop_vars=_loop_vars)) else ', '))),
                    str(environment.finalize((undefined(name='period') if l_2_period is missing else l_2_period))),
                ))
            l_2_posts = environment.call(context, (undefined(name='posts_text') if l_2_posts_text is missing else l_2_posts_text), l_2_person, _loop_vars=_loop_vars)
            _loop_vars['posts'] = l_2_posts
            if (undefined(name='posts') if l_2_posts is missing else l_2_posts):
                pass
                if ((undefined(name='role') if l_2_role is missing else l_2_role) or (undefined(name='period') if l_2_period is missing else l_2_period)):
                    pass
                    t_30.extend((
                        '\\; ',
                        str(environment.finalize((undefined(name='posts') if l_2_posts is missing else l_2_posts))),
                    ))
                else:
                    pass
                    t_30.extend((
                        ' — ',
                        str(environment.finalize(t_2((undefined(name='posts') if l_2_posts is missing else l_2_posts)))),
                    ))
            t_30.append(
                '\n',
            )
        l_2_person = l_2_aliases = l_2_role_text = l_2_role = l_2_period_text = l_2_period = l_2_posts_text = l_2_posts = missing
        return concat(t_30)
    context.exported_vars.add('people_list')
    context.vars['people_list'] = l_0_people_list = Macro(environment, macro, 'people_list', ('people',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_p):
        t_31 = []
        l_1_s = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        l_1_s = environment.getattr(l_1_p, 'source')
        if ((environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'publisher') or environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'url')) or environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'title')):
            pass
            t_31.extend((
                '::: small\nSource\\: ',
                str(environment.finalize((environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'publisher') or ''))),
            ))
            if environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'publisher'):
                pass
                t_31.append(
                    '\\, ',
                )
            t_31.extend((
                '\\"',
                str(environment.finalize((environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'title') or environment.getattr(environment.getattr(l_1_p, 'names'), 'title')))),
                '\\"',
            ))
            if environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'url'):
                pass
                t_31.extend((
                    '\\, ',
                    str(environment.finalize(t_11(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'url'), environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'url')))),
                ))
            t_31.append(
                '\\.',
            )
            if environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'licence'):
                pass
                t_31.extend((
                    ' Text available under the ',
                    str(environment.finalize(t_11(environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'licence'), environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'licence_url')))),
                    ' licence\\; this document adapts it\\.',
                ))
            t_31.append(
                '\n:::\n',
            )
        return concat(t_31)
    context.exported_vars.add('source_line')
    context.vars['source_line'] = l_0_source_line = Macro(environment, macro, 'source_line', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p, l_1_caveat, l_1_here, l_1_leaders, l_1_told):
        t_32 = []
        l_1_caveat_doubts = resolve('caveat_doubts')
        l_1_caveat_claims = resolve('caveat_claims')
        l_1_grouping_note = resolve('grouping_note')
        l_1_parts = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_caveat is missing:
            l_1_caveat = undefined("parameter 'caveat' was not provided", name='caveat')
        if l_1_here is missing:
            l_1_here = False
        if l_1_leaders is missing:
            l_1_leaders = True
        if l_1_told is missing:
            l_1_told = False
        pass
        l_1_parts = t_12(context.eval_ctx, t_19(context, environment.call(context, environment.getattr(environment.getattr(l_1_p, 'org'), 'walk')), 'kind', 'equalto', 'subunit'))
        t_32.extend((
            '::: figure orgchart',
            str(environment.finalize((' place=here' if l_1_here else ''))),
            str(environment.finalize((' max_leaders=0' if (not l_1_leaders) else ''))),
            '\n',
        ))
        if ((((undefined(name='parts') if l_1_parts is missing else l_1_parts) and l_1_caveat) and (not l_1_told)) and environment.call(context, (undefined(name='caveat_doubts') if l_1_caveat_doubts is missing else l_1_caveat_doubts), l_1_caveat)):
            pass
            t_32.extend((
                'Organisation: ',
                str(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'names'), 'title'))),
                '. ',
                str(environment.finalize(l_1_caveat)),
                ' The chart draws the parts ',
                str(environment.finalize(('as listed' if environment.call(context, (undefined(name='caveat_claims') if l_1_caveat_claims is missing else l_1_caveat_claims), l_1_caveat) else 'reports name'))),
                '.',
                str(environment.finalize(environment.call(context, (undefined(name='grouping_note') if l_1_grouping_note is missing else l_1_grouping_note), l_1_p))),
                '\n',
            ))
        else:
            pass
            t_32.extend((
                'Organisation: ',
                str(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'names'), 'title'))),
                ' ',
                str(environment.finalize((('and its reported parts' if environment.call(context, (undefined(name='caveat_doubts') if l_1_caveat_doubts is missing else l_1_caveat_doubts), l_1_caveat) else 'and its parts') if (undefined(name='parts') if l_1_parts is missing else l_1_parts) else 'and the bodies above it'))),
                '.',
                str(environment.finalize(environment.call(context, (undefined(name='grouping_note') if l_1_grouping_note is missing else l_1_grouping_note), l_1_p))),
                str(environment.finalize((environment.bounded_concat(False, (' ', l_1_caveat, )) if (l_1_caveat and (not l_1_told)) else ''))),
                '\n',
            ))
        t_32.append(
            ':::',
        )
        return concat(t_32)
    context.exported_vars.add('orgchart_figure')
    context.vars['orgchart_figure'] = l_0_orgchart_figure = Macro(environment, macro, 'orgchart_figure', ('p', 'caveat', 'here', 'leaders', 'told'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p, l_1_caveat, l_1_told, l_1_above, l_1_title):
        t_33 = []
        l_1_caveat_doubts = resolve('caveat_doubts')
        l_1_caveat_claims = resolve('caveat_claims')
        l_1_parts_sentence = resolve('parts_sentence')
        l_1_doubted = l_1_said = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_caveat is missing:
            l_1_caveat = undefined("parameter 'caveat' was not provided", name='caveat')
        if l_1_told is missing:
            l_1_told = False
        if l_1_above is missing:
            l_1_above = ''
        if l_1_title is missing:
            l_1_title = ''
        pass
        l_1_doubted = environment.call(context, (undefined(name='caveat_doubts') if l_1_caveat_doubts is missing else l_1_caveat_doubts), l_1_caveat)
        l_1_said = (environment.call(context, (undefined(name='parts_sentence') if l_1_parts_sentence is missing else l_1_parts_sentence), l_1_p, (undefined(name='doubted') if l_1_doubted is missing else l_1_doubted), l_1_above, l_1_title) if (not environment.call(context, (undefined(name='caveat_claims') if l_1_caveat_claims is missing else l_1_caveat_claims), l_1_caveat)) else '')
        if environment.call(context, (undefined(name='caveat_claims') if l_1_caveat_claims is missing else l_1_caveat_claims), l_1_caveat):
            pass
        elif ((((undefined(name='said') if l_1_said is missing else l_1_said) and (undefined(name='doubted') if l_1_doubted is missing else l_1_doubted)) and l_1_caveat) and (not l_1_told)):
            pass
            t_33.extend((
                str(environment.finalize(l_1_caveat)),
                ' ',
                str(environment.finalize((undefined(name='said') if l_1_said is missing else l_1_said))),
                '\n\n',
            ))
        elif (undefined(name='said') if l_1_said is missing else l_1_said):
            pass
            t_33.extend((
                str(environment.finalize((undefined(name='said') if l_1_said is missing else l_1_said))),
                str(environment.finalize((environment.bounded_concat(False, (' ', l_1_caveat, )) if (l_1_caveat and (not l_1_told)) else ''))),
                '\n\n',
            ))
        return concat(t_33)
    context.exported_vars.add('parts_line')
    context.vars['parts_line'] = l_0_parts_line = Macro(environment, macro, 'parts_line', ('p', 'caveat', 'told', 'above', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_sections, l_1_depth_offset, l_1_sentences, l_1_figure_in, l_1_figure, l_1_early):
        t_34 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        if l_1_depth_offset is missing:
            l_1_depth_offset = 0
        if l_1_sentences is missing:
            l_1_sentences = None
        if l_1_figure_in is missing:
            l_1_figure_in = None
        if l_1_figure is missing:
            l_1_figure = None
        if l_1_early is missing:
            l_1_early = False
        pass
        def t_35(fiter):
            for l_2_s in fiter:
                if (environment.getattr(l_2_s, 'blocks') or environment.getattr(l_2_s, 'children')):
                    yield l_2_s
        for l_2_s in t_35(environment.bounded_iter(l_1_sections)):
            l_2_chart_split = resolve('chart_split')
            l_2_halves = missing
            _loop_vars = {}
            pass
            t_34.extend((
                str(environment.finalize(t_15(environment.call_binop(context, '*', '#', environment.call_binop(context, '+', environment.getattr(l_2_s, 'level'), l_1_depth_offset))))),
                ' ',
                str(environment.finalize(environment.getattr(l_2_s, 'title'))),
                '\n\n',
            ))
            l_2_halves = (environment.call(context, (undefined(name='chart_split') if l_2_chart_split is missing else l_2_chart_split), environment.getattr(l_2_s, 'blocks'), _loop_vars=_loop_vars) if ((l_1_early and l_1_figure) and t_22(l_2_s, l_1_figure_in)) else [environment.getattr(l_2_s, 'blocks'), []])
            _loop_vars['halves'] = l_2_halves
            if t_21(l_1_sentences):
                pass
                t_34.extend((
                    str(environment.finalize(t_1(environment.getitem((undefined(name='halves') if l_2_halves is missing else l_2_halves), 0)))),
                    '\n',
                ))
            else:
                pass
                t_34.extend((
                    str(environment.finalize(t_1(environment.getitem((undefined(name='halves') if l_2_halves is missing else l_2_halves), 0), sentences=l_1_sentences))),
                    '\n',
                ))
            t_34.append(
                '\n',
            )
            if (l_1_figure and t_22(l_2_s, l_1_figure_in)):
                pass
                t_34.extend((
                    str(environment.finalize(l_1_figure)),
                    '\n\n',
                ))
                if t_21(l_1_sentences):
                    pass
                    t_34.extend((
                        str(environment.finalize(t_1(environment.getitem((undefined(name='halves') if l_2_halves is missing else l_2_halves), 1)))),
                        '\n',
                    ))
                else:
                    pass
                    t_34.extend((
                        str(environment.finalize(t_1(environment.getitem((undefined(name='halves') if l_2_halves is missing else l_2_halves), 1), sentences=l_1_sentences))),
                        '\n',
                    ))
                t_34.append(
                    '\n',
                )
            t_34.append(
                '\n',
            )
            if environment.getattr(l_2_s, 'children'):
                pass
                t_34.extend((
                    str(environment.finalize(t_15(environment.call(context, (undefined(name='section_tree') if l_0_section_tree is missing else l_0_section_tree), environment.getattr(l_2_s, 'children'), l_1_depth_offset, l_1_sentences, l_1_figure_in, l_1_figure, l_1_early, _loop_vars=_loop_vars)))),
                    '\n',
                ))
        l_2_s = l_2_chart_split = l_2_halves = missing
        return concat(t_34)
    context.exported_vars.add('section_tree')
    context.vars['section_tree'] = l_0_section_tree = Macro(environment, macro, 'section_tree', ('sections', 'depth_offset', 'sentences', 'figure_in', 'figure', 'early'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=144&5=157&7=160&8=161&9=162&10=163&11=167&12=171&13=175&16=181&17=184&20=189&24=198&26=214&27=215&28=220&29=225&30=228&36=239&38=249&39=253&40=255&45=259&47=268&48=273&49=276&56=287&57=298&60=304&62=312&63=317&68=328&69=335&70=340&74=350&75=355&76=360&80=370&81=375&82=382&83=386&88=436&89=442&90=443&92=447&106=481&107=498&108=501&109=505&110=509&112=522&123=536&124=553&125=554&126=555&133=557&136=560&138=565&139=568&148=575&149=590&150=600&152=605&153=607&154=610&156=616&159=622&160=625&162=628&163=631&165=637&170=646&171=649'
