from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'snapshot.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_detail = resolve('detail')
    l_0_p = resolve('p')
    l_0_as_of_text = resolve('as_of_text')
    l_0_at_a_glance = resolve('at_a_glance')
    l_0_shortlist = resolve('shortlist')
    l_0_fill = resolve('fill')
    l_0_unanswered = resolve('unanswered')
    l_0_standing_alone = resolve('standing_alone')
    l_0_not_about = resolve('not_about')
    l_0_not_of_parts = resolve('not_of_parts')
    l_0_not_told = resolve('not_told')
    l_0_select_events = resolve('select_events')
    l_0_not_retold = resolve('not_retold')
    l_0_not_stated = resolve('not_stated')
    l_0_key_facts = resolve('key_facts')
    l_0_n_all = resolve('n_all')
    l_0_m = l_0_d = l_0_told = l_0_people = l_0_events = l_0_listed = l_0_chart_events = l_0_glance = l_0_more = missing
    try:
        t_1 = environment.filters['at']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'at' found.")
    try:
        t_2 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_3 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.md.j2', 'snapshot.md.j2')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_d = (undefined(name='detail') if l_0_detail is missing else l_0_detail)
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'title_block'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='as_of_text') if l_0_as_of_text is missing else l_0_as_of_text), 'Snapshot'))))
    yield '\n\n'
    l_0_told = environment.call(context, (undefined(name='at_a_glance') if l_0_at_a_glance is missing else l_0_at_a_glance), (undefined(name='p') if l_0_p is missing else l_0_p), t_1([3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5], (undefined(name='d') if l_0_d is missing else l_0_d)), True)
    context.vars['told'] = l_0_told
    context.exported_vars.add('told')
    l_0_people = environment.call(context, (undefined(name='shortlist') if l_0_shortlist is missing else l_0_shortlist), (undefined(name='p') if l_0_p is missing else l_0_p), environment.call_binop(context, '+', t_1([0, 0, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4], (undefined(name='d') if l_0_d is missing else l_0_d)), environment.call_binop(context, '//', environment.call_binop(context, '+', ((undefined(name='fill') if l_0_fill is missing else l_0_fill) if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) > 0) else 0), 1), 2)))
    context.vars['people'] = l_0_people
    context.exported_vars.add('people')
    l_0_events = environment.call(context, (undefined(name='unanswered') if l_0_unanswered is missing else l_0_unanswered), environment.call(context, (undefined(name='standing_alone') if l_0_standing_alone is missing else l_0_standing_alone), environment.call(context, (undefined(name='not_about') if l_0_not_about is missing else l_0_not_about), environment.call(context, (undefined(name='not_of_parts') if l_0_not_of_parts is missing else l_0_not_of_parts), environment.call(context, (undefined(name='not_told') if l_0_not_told is missing else l_0_not_told), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), (undefined(name='told') if l_0_told is missing else l_0_told), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'people')), (undefined(name='p') if l_0_p is missing else l_0_p)), (undefined(name='people') if l_0_people is missing else l_0_people))), (undefined(name='p') if l_0_p is missing else l_0_p))
    context.vars['events'] = l_0_events
    context.exported_vars.add('events')
    l_0_listed = environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), (undefined(name='events') if l_0_events is missing else l_0_events), t_1([4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], (undefined(name='d') if l_0_d is missing else l_0_d)))
    context.vars['listed'] = l_0_listed
    context.exported_vars.add('listed')
    l_0_chart_events = environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), 5)
    context.vars['chart_events'] = l_0_chart_events
    context.exported_vars.add('chart_events')
    l_0_glance = environment.call(context, (undefined(name='not_retold') if l_0_not_retold is missing else l_0_not_retold), (undefined(name='told') if l_0_told is missing else l_0_told), ((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events) if (((undefined(name='d') if l_0_d is missing else l_0_d) >= 14) and (t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)) >= 2)) else (undefined(name='listed') if l_0_listed is missing else l_0_listed)), (undefined(name='p') if l_0_p is missing else l_0_p))
    context.vars['glance'] = l_0_glance
    context.exported_vars.add('glance')
    yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'glance_lines'), (undefined(name='glance') if l_0_glance is missing else l_0_glance)))))
    yield '\n\n'
    l_0_more = ((undefined(name='fill') if l_0_fill is missing else l_0_fill) if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) > 0) else 0)
    context.vars['more'] = l_0_more
    context.exported_vars.add('more')
    yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fact_rows'), environment.call(context, (undefined(name='not_stated') if l_0_not_stated is missing else l_0_not_stated), environment.call(context, (undefined(name='key_facts') if l_0_key_facts is missing else l_0_key_facts), (undefined(name='p') if l_0_p is missing else l_0_p)), (undefined(name='told') if l_0_told is missing else l_0_told))[:environment.call_binop(context, '+', t_1([4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 8, 8, 9, 9, 9, 10], (undefined(name='d') if l_0_d is missing else l_0_d)), environment.call_binop(context, '//', (undefined(name='more') if l_0_more is missing else l_0_more), 2))], t_1([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2], (undefined(name='d') if l_0_d is missing else l_0_d))))))
    yield '\n\n'
    if (undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events):
        pass
        yield '# Key events\n\n'
        if (((undefined(name='d') if l_0_d is missing else l_0_d) >= 14) and (t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)) >= 2)):
            pass
            yield '::: figure timeline max_events=5\n'
            l_0_n_all = t_4(environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), None))
            context.vars['n_all'] = l_0_n_all
            context.exported_vars.add('n_all')
            yield str(environment.finalize(('Selected events' if ((undefined(name='n_all') if l_0_n_all is missing else l_0_n_all) > environment.bounded_operand('gt', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)))) else 'Dated events')))
            yield ', '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events), 0), 'date'))))
            yield ' to '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events), -1), 'date'))))
            yield str(environment.finalize((t_3(' (%d of %d)', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)), (undefined(name='n_all') if l_0_n_all is missing else l_0_n_all)) if ((undefined(name='n_all') if l_0_n_all is missing else l_0_n_all) > environment.bounded_operand('gt', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)))) else '')))
            yield '.\n:::\n\n'
        else:
            pass
            yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'event_list'), (undefined(name='listed') if l_0_listed is missing else l_0_listed), True))))
            yield '\n'
    yield '\n'
    if (undefined(name='people') if l_0_people is missing else l_0_people):
        pass
        yield '# Leadership\n\n'
        yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people_list'), (undefined(name='people') if l_0_people is missing else l_0_people)))))
        yield '\n'
    yield '\n'
    yield str(environment.finalize(t_5(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source_line'), (undefined(name='p') if l_0_p is missing else l_0_p)))))
    yield '\n'

blocks = {}
debug_info = '11=58&12=60&13=63&15=65&16=68&19=71&20=74&21=77&23=80&24=83&27=85&28=88&30=90&33=93&36=96&41=108&45=111&48=114&51=117'
